package org.certflow.certification;

import java.time.LocalDate;

/** The certificate the certification body issued: valid three years from its issue. */
public record Certificate(String number, LocalDate issuedOn, LocalDate expiresOn) {
}
