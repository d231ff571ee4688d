package io.secweb.core.feed.adapters;

/** A file an adapter cannot read at all; the message names the file, the line and what was expected. */
public class AdapterException extends RuntimeException {
    public AdapterException(String message) {
        super(message);
    }
}
