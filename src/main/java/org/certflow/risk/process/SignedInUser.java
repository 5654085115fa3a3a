package org.certflow.risk.process;

import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.certflow.shared.CompletionRefusedException;

/** Who completed the task that moved the process on: the task list and /engine-rest sign every call in. */
final class SignedInUser {

    private SignedInUser() {
    }

    static String of(ProcessEngineServicesAware scope) {
        Authentication authentication = scope.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new CompletionRefusedException("Sign in first: the risk records who reviewed, approved and "
                    + "accepted it.");
        }
        return authentication.getUserId();
    }
}
