package org.certflow.risk;

import java.util.List;
import java.util.stream.Stream;

/**
 * What can go wrong: a loss of confidentiality, integrity or availability of information (ISO 27001), or a harm
 * an AI system can do to people and society (ISO 42001 6.1.4, Annex B.5).
 */
public enum RiskThreat {
    CONFIDENTIALITY("Loss of confidentiality", false),
    INTEGRITY("Loss of integrity", false),
    AVAILABILITY("Loss of availability", false),
    BIAS("Bias and unfair outcomes", true),
    LACK_OF_TRANSPARENCY("Lack of transparency", true),
    INSUFFICIENT_HUMAN_OVERSIGHT("Insufficient human oversight", true),
    SAFETY("Harm to safety", true),
    SOCIETAL_IMPACT("Harm to society", true);

    private final String label;
    private final boolean aiHarm;

    RiskThreat(String label, boolean aiHarm) {
        this.label = label;
        this.aiHarm = aiHarm;
    }

    public String label() {
        return label;
    }

    /** An AI harm is about one of the project's AI systems rather than an information asset. */
    public boolean isAiHarm() {
        return aiHarm;
    }

    /** The threats a project assesses: AI harms only with ISO 42001 in its scope. */
    public static List<RiskThreat> assessedIn(boolean includesAi) {
        return Stream.of(values()).filter(threat -> includesAi || !threat.aiHarm).toList();
    }
}
