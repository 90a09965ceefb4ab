package org.meridian.app.mobility;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that every write to {@code mobility_record} moves on, so that what is computed from the records (the
 * summaries of the dashboard) can be kept until the next change. A write inside a transaction moves it twice: at
 * once, and again after the commit, so that a summary computed meanwhile without the uncommitted rows is not kept
 * under the new value.
 */
@Component
class MobilityChanges {

    private final AtomicLong version = new AtomicLong();

    long version() {
        return version.get();
    }

    void recorded() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}
