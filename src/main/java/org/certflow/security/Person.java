package org.certflow.security;

/** Someone who can sign in to CertFlow, as known to Camunda's identity service. */
public record Person(String username, String displayName, String email) {

    @Override
    public String toString() {
        return displayName;
    }
}
