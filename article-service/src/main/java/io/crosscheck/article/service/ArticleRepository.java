package io.crosscheck.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The two queries JPQL cannot express: an insert that yields to the dedup constraints
 * ({@code ON CONFLICT DO NOTHING}) and the PostgreSQL full-text search. Both run on the connection of
 * the current Hibernate session, hence inside the caller's transaction.
 */
@ApplicationScoped
public class ArticleRepository {

    private static final String INSERT = """
            INSERT INTO article (id, title, body, original_html, source, source_key, url, author, published_at,
                                 language, content_hash, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            ON CONFLICT DO NOTHING
            RETURNING id""";

    private static final String SUMMARY_COLUMNS = "id, title, source, url, author, published_at, language,"
            + " left(body, 280) AS excerpt, created_at, updated_at, version";

    private final EntityManager em;

    public ArticleRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Inserts unless an article with the same canonical URL or the same source and text exists (or is being
     * inserted by a concurrent transaction, which PostgreSQL waits for). Empty when it was a duplicate.
     */
    public Optional<UUID> insertIfAbsent(UUID id, PreparedArticle a, Instant now) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setObject(1, id);
                ps.setString(2, a.title());
                ps.setString(3, a.text());
                ps.setString(4, a.originalHtml());
                ps.setString(5, a.source());
                ps.setString(6, a.sourceKey());
                ps.setString(7, a.url());
                ps.setString(8, a.author());
                setInstant(ps, 9, a.publishedAt());
                ps.setString(10, a.language());
                ps.setString(11, a.contentHash());
                setInstant(ps, 12, now);
                setInstant(ps, 13, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    public ArticlePage search(ArticleQuery query) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (query.source() != null) {
            where.append(" AND source_key = ?");
            params.add(query.source().strip().toLowerCase());
        }
        if (query.text() != null) {
            where.append(" AND search @@ websearch_to_tsquery('english', ?)");
            params.add(query.text());
        }
        if (query.from() != null) {
            where.append(" AND coalesce(published_at, created_at) >= ?");
            params.add(query.from());
        }
        if (query.toExclusive() != null) {
            where.append(" AND coalesce(published_at, created_at) < ?");
            params.add(query.toExclusive());
        }
        return session().doReturningWork(connection -> {
            long total = count(connection, where.toString(), params);
            List<ArticleSummary> items = new ArrayList<>();
            String sql = "SELECT " + SUMMARY_COLUMNS + " FROM article" + where
                    + " ORDER BY published_at DESC NULLS LAST, created_at DESC, id LIMIT ? OFFSET ?";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int i = bind(ps, params);
                ps.setInt(i++, query.size());
                ps.setLong(i, (long) query.page() * query.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(summary(rs));
                    }
                }
            }
            return new ArticlePage(items, query.page(), query.size(), total);
        });
    }

    private static long count(Connection connection, String where, List<Object> params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM article" + where)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object param : params) {
            if (param instanceof Instant instant) {
                setInstant(ps, i++, instant);
            } else {
                ps.setObject(i++, param);
            }
        }
        return i;
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("source"),
                rs.getString("url"),
                rs.getString("author"),
                instant(rs, "published_at"),
                rs.getString("language"),
                rs.getString("excerpt"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value.atOffset(java.time.ZoneOffset.UTC));
        }
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
