/**
 * Python's built-in exceptions as Java exceptions, and {@link
 * dev.pyjava.runtime.exceptions.ExceptionMapper}, which turns any Java throwable into one.
 */
package dev.pyjava.runtime.exceptions;
