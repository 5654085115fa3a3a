package org.certflow.risk;

import java.util.List;

/**
 * Where a project's AI system impact assessments stand: the AI systems in use (retired ones left out), how many
 * have a current, approved impact assessment, and what is still open (none when all are assessed).
 */
public record AiImpactFigures(int systems, int assessed, List<String> openPoints) {

    public boolean isDone() {
        return openPoints.isEmpty();
    }
}
