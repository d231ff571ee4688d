package io.secweb.schemas.codec;

/** A record that is not well-formed JSON; the message says where the parser stopped. */
public class MalformedJsonException extends Exception {
    public MalformedJsonException(String message) {
        super(message);
    }
}
