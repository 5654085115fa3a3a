package org.certflow.shared;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Answers a refusal through /engine-rest with the refusal's own message, e.g.
 * {@code {"type":"CompletionRefusedException","message":"Please correct: ..."}}: 400, or 403 when the task is
 * someone else's ({@link NotYourTaskException}). Left to Camunda, the client got 500 and "Cannot complete task ...:
 * ENGINE-03051 There was an exception while invoking the TaskListener. Message: '...'": the engine wraps whatever a
 * listener throws, and the task resources answer 500 to any engine exception, wrapped (completion) or not (claim).
 */
@Component
class RefusalRestMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        // ahead of Camunda's mapper of the same exception type, which has the default priority
        config.register(new RefusalMapper<RestException>() { }, Priorities.USER - 1);
        config.register(new RefusalMapper<ProcessEngineException>() { }, Priorities.USER - 1);
        // a refusal before the command runs (e.g. of an error signalled on a task) reaches the resource unwrapped
        config.register(new RefusalMapper<CompletionRefusedException>() { }, Priorities.USER - 1);
    }

    /** Subclassed per exception type, so Jersey sees the type it maps. */
    private abstract static class RefusalMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

        @Override
        public boolean isMappable(E exception) {
            return CompletionRefusedException.in(exception).isPresent();
        }

        @Override
        public Response toResponse(E exception) {
            CompletionRefusedException refusal = CompletionRefusedException.in(exception).orElseThrow();
            return Response.status(refusal instanceof NotYourTaskException ? Response.Status.FORBIDDEN
                            : Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ExceptionDto.fromException(refusal)).build();
        }
    }
}
