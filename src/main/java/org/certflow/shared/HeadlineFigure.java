package org.certflow.shared;

/**
 * One figure a feature shows about a project on the project's page, e.g. "Reviews overdue: 2", with whether it
 * needs someone: {@link State#OK} nothing to do now, {@link State#ATTENTION} a gap or a decision still open,
 * {@link State#ALARM} something overdue, missed or serious.
 */
public record HeadlineFigure(String label, String value, State state) {

    public enum State {
        OK("OK"),
        ATTENTION("Attention"),
        ALARM("Act now");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** The state in words, so that it does not rest on colour alone. */
        public String label() {
            return label;
        }
    }

    /** A count that is fine at zero and in the state {@code aboveZero} otherwise. */
    public static HeadlineFigure count(String label, long count, State aboveZero) {
        return new HeadlineFigure(label, String.valueOf(count), count == 0 ? State.OK : aboveZero);
    }
}
