package org.patchbay.ui.canvas;

/**
 * Something travelling between two drawn items, a process migrating from one node to another: the
 * canvas draws the way lit and a marker with {@code label} moving along it, over and over while it
 * lasts. {@code key} keeps the animation continuous when the same transit is set again.
 */
public record Transit(String key, Object from, Object to, String label) {
}
