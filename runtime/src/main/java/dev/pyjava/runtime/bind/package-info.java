/** Python argument binding, shared by every backend: which argument fills which parameter. */
package dev.pyjava.runtime.bind;
