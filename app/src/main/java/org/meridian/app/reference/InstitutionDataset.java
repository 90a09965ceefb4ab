package org.meridian.app.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.meridian.core.reference.InstitutionEntry;
import org.meridian.core.reference.InstitutionSource;
import org.meridian.core.reference.InstitutionSourceFiles;
import org.meridian.core.reference.MergingInstitutionSources;
import org.meridian.core.reference.SourceInstitution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The world registry of institutions, merged on first start from the ROR 2021 names, the institutions seen in
 * OpenAlex works and the Hipo university list, with Meridian's Chinese names (see
 * {@link MergingInstitutionSources}). Inserted in batches, committed in chunks; an institution whose Meridian id is present already
 * is left as it is, so an administrator's corrections survive a reload.
 */
@Component
@Order(50)
class InstitutionDataset extends ReferenceDataset {

    private static final Logger log = LoggerFactory.getLogger(InstitutionDataset.class);
    private static final String INSERT = """
            insert into reference_institution (id, openalex_id, ror_id, name_en, name_key, name_zh, name_zh_source,
                country_code, type, domains, web_page, sources)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR };

    private final ReferenceTables tables;

    InstitutionDataset(ReferenceTables tables) {
        super("institutions", 1);
        this.tables = tables;
    }

    @Override
    boolean commitsInChunks() {
        return true;
    }

    @Override
    int load() {
        long started = System.nanoTime();
        List<SourceInstitution> rows = new ArrayList<>();
        rows.addAll(read("institutions/ror_2021_names_by_country.csv.gz", InstitutionSourceFiles::ror2021));
        rows.addAll(read("institutions/openalex_institutions_seen.csv", InstitutionSourceFiles::openAlexSeen));
        rows.addAll(read("institutions/world_universities_and_domains.csv.gz", InstitutionSourceFiles::hipo));
        MergingInstitutionSources.Result merged = MergingInstitutionSources.merge(rows,
                read("institutions/institution_names_zh.csv", InstitutionSourceFiles::chineseNames));
        if (!merged.unmatchedChineseNames().isEmpty()) {
            log.warn("Chinese names that match no institution: {}", merged.unmatchedChineseNames());
        }
        long mergedAt = System.nanoTime();
        Set<String> present = tables.keys("select id from reference_institution");
        List<Object[]> missing = merged.institutions().stream().filter(entry -> !present.contains(entry.id()))
                .map(InstitutionDataset::values).toList();
        tables.insertInChunks(INSERT, TYPES, missing);
        if (!missing.isEmpty()) {
            tables.jdbc().sql("update reference_institution_revision set revision = revision + 1 where id = 1").update();
        }
        log.info("Institution registry: {} source rows merged into {} institutions in {} ms, {} inserted in {} ms",
                merged.sourceRows(), merged.institutions().size(), (mergedAt - started) / 1_000_000, missing.size(),
                (System.nanoTime() - mergedAt) / 1_000_000);
        return merged.institutions().size();
    }

    private static Object[] values(InstitutionEntry entry) {
        return new Object[] { entry.id(), entry.openalexId(), entry.rorId(), entry.nameEn(), entry.nameKey(),
                entry.nameZh(), entry.nameZhSource(), entry.countryCode(), entry.type().code(),
                entry.domains().isEmpty() ? null : String.join(";", entry.domains()), entry.webPage(),
                String.join(";", entry.sources().stream().map(InstitutionSource::code).toList()) };
    }

    private static <T> List<T> read(String file, Function<Reader, List<T>> parser) {
        try (Reader reader = ReferenceFiles.open(file)) {
            return parser.apply(reader);
        }
        catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
