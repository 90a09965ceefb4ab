package org.meridian.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.meridian.app.InvalidInput;
import org.meridian.app.RecordNotFound;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is shown once when issued; only its SHA-256 hash is stored, so a leaked
 * database does not leak tokens. Tokens are revocable and record when they were last used.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "mrd_";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public IssuedToken issue(long userId, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw InvalidInput.of("name", "give the token a name of 1 to 100 characters, e.g. 'reporting script'");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into security_api_token (user_id, name, token_hash, token_prefix)
                values (:userId, :name, :hash, :prefix)
                """)
                .param("userId", userId).param("name", name.trim()).param("hash", sha256(token))
                .param("prefix", token.substring(0, 10)).update(key, "id");
        return new IssuedToken(key.getKey().longValue(), name.trim(), token);
    }

    public List<TokenSummary> of(long userId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, last_used_at, revoked_at
                from security_api_token where user_id = :userId order by created_at desc, id desc
                """).param("userId", userId).query(new DataClassRowMapper<>(TokenSummary.class)).list();
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("""
                update security_api_token set revoked_at = current_timestamp
                where id = :id and user_id = :userId and revoked_at is null
                """).param("id", tokenId).param("userId", userId).update();
        if (changed == 0) {
            throw new RecordNotFound("token", tokenId);
        }
    }

    /** The user a presented token belongs to, if the token is known and not revoked. */
    Optional<Long> userOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Optional<Long> user = jdbc.sql("""
                select user_id from security_api_token where token_hash = :hash and revoked_at is null
                """).param("hash", hash).query(Long.class).optional();
        user.ifPresent(found -> jdbc.sql("update security_api_token set last_used_at = current_timestamp "
                + "where token_hash = :hash").param("hash", hash).update());
        return user;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A newly issued token; {@code token} is never shown again. */
    public record IssuedToken(long id, String name, String token) {
    }

    public record TokenSummary(long id, String name, String tokenPrefix, LocalDateTime createdAt,
            LocalDateTime lastUsedAt, LocalDateTime revokedAt) {
    }
}
