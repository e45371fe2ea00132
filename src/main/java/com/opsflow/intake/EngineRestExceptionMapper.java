package com.opsflow.intake;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Engine REST answers for OpsFlow's refusals that come from inside the engine: a start listener or a
 * task listener throws {@link InvalidInputException} (or {@link ActionNotAllowedException}), and the
 * engine hands it on wrapped in a {@link ProcessEngineException}, which engine-rest would answer with
 * 500. This mapper finds the refusal in the causes and answers 400 (or 403) with the engine's error
 * shape and the message naming the field — for every endpoint that can start or continue an instance
 * (process-definition start, message, signal, …), not only those the {@link RequestValidationFilter}
 * checks up front. Anything else goes to engine-rest's own handling unchanged.
 */
@Provider
@Priority(Priorities.USER - 100)
public class EngineRestExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  @Override
  public Response toResponse(ProcessEngineException exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof ActionNotAllowedException) {
        Response.Status status = t instanceof ActionNotAllowedException ? Response.Status.FORBIDDEN
            : Response.Status.BAD_REQUEST;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "InvalidRequestException", "message", t.getMessage())).build();
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}
