package org.certflow.certification;

import java.util.Comparator;
import java.util.List;

import org.certflow.review.ManagementReview;
import org.certflow.review.ManagementReviews;
import org.certflow.review.MinutesPdf;
import org.certflow.shared.EvidencePackFiles;
import org.springframework.stereotype.Component;

/**
 * The evidence pack gets the minutes of each completed management review of the project, the earliest first, as
 * the management review feature writes them. (It depends on that feature only through its public services and the
 * shared {@link EvidencePackFiles}, so it could live there as well.)
 */
@Component
class ManagementReviewMinutes implements EvidencePackFiles {

    private final ManagementReviews reviews;
    private final MinutesPdf minutes;

    ManagementReviewMinutes(ManagementReviews reviews, MinutesPdf minutes) {
        this.reviews = reviews;
        this.minutes = minutes;
    }

    @Override
    public List<File> files(long projectId) {
        return reviews.ofProject(projectId).stream().filter(ManagementReview::isCompleted)
                .sorted(Comparator.comparing(ManagementReview::inputsGatheredAt))
                .map(review -> new File(MinutesPdf.fileName(review), minutes.of(review.id()))).toList();
    }
}
