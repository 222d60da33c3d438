package io.crosscheck.gateway.web;

/** A page that only says something: a neighbour down, a story or article that does not exist. */
public record MessageView(int status, String title, String detail, String hint) {
}
