/**
 * Python callables as Java functional interfaces: the proxies, and the target each backend gives
 * them.
 */
package dev.pyjava.runtime.callbacks;
