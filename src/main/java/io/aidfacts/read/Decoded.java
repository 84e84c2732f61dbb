package io.aidfacts.read;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset it was found to be in. */
public record Decoded(String text, Charset charset) {}
