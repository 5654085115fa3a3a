package org.certflow.shared;

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
 * Answers a refused completion through /engine-rest with 400 and the refusal's own message, e.g.
 * {@code {"type":"CompletionRefusedException","message":"Please correct: ..."}}. Left to Camunda, the client got
 * 500 and "Cannot complete task ...: ENGINE-03051 There was an exception while invoking the TaskListener. Message:
 * '...'": the engine wraps whatever a listener throws, and the task resource answers 500 to any engine exception.
 */
@Component
class RefusalRestMapping implements ResourceConfigCustomizer {

    @Override
    public void customize(ResourceConfig config) {
        // ahead of Camunda's mapper of the same exception type, which has the default priority
        config.register(new RefusalMapper(), Priorities.USER - 1);
    }

    private static final class RefusalMapper implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException exception) {
            return CompletionRefusedException.in(exception).isPresent();
        }

        @Override
        public Response toResponse(RestException exception) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ExceptionDto.fromException(CompletionRefusedException.in(exception).orElseThrow()))
                    .build();
        }
    }
}
