package org.certflow.risk;

/** An AI system as someone lists it; field names double as the keys of {@link InvalidRiskException#fieldErrors()}. */
public record AiSystemInput(String name, String purpose, AiSystemRole role) {

    public static final String NAME = "name";
    public static final String PURPOSE = "purpose";
    public static final String ROLE = "role";
}
