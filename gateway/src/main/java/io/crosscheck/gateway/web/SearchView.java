package io.crosscheck.gateway.web;

import java.util.List;

/** A full-text search over the articles: the query, one page of results, or why the query was refused. */
public record SearchView(String query, long total, List<Result> results, Pager pager, String error) {

    public record Result(String href, String title, String source, String published, String publishedIso,
            String excerpt) {
    }
}
