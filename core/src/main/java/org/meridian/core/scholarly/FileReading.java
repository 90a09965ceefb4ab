package org.meridian.core.scholarly;

import java.util.List;

/**
 * What reading one file of works produced.
 *
 * @param lines                    non-blank lines, rejected ones included
 * @param works                    works handed to the sink
 * @param worksWithoutYear         of those, works without a publication year
 * @param worksWithoutPrimaryTopic of those, works without a primary topic
 * @param jsonBytes                bytes of JSON text read (after decompression)
 * @param sha256                   hex SHA-256 of the file as stored, or null when not asked for
 * @param complete                 false when the file could not be read to its end
 * @param newTaxa                  topics this reader met for the first time in this file
 */
public record FileReading(WorkFile file, long lines, long works, long worksWithoutYear, long worksWithoutPrimaryTopic,
        long jsonBytes, String sha256, boolean complete, ProblemTally problems, List<TopicTaxon> newTaxa) {

    public long rejectedLines() {
        return problems.rejectedLines();
    }
}
