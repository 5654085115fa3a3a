package org.certflow.risk;

import org.springframework.data.repository.CrudRepository;

interface ReviewRoundRepository extends CrudRepository<ReviewRound, Long> {
}
