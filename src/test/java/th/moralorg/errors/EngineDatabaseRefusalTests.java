package th.moralorg.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/**
 * Camunda's REST API on a database that is away: 503 in Thai, as our own API answers; and a task
 * two people complete at once: the loser's 500 becomes 409 in Thai (met by bench/prod-jar's clients).
 */
class EngineDatabaseRefusalTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEngineCallOnAnUnreachableDatabaseAnswers503InThai() throws Exception {
        Response answer = EngineErrorMapper.respond(new ProcessEngineException("ENGINE-03004 persistence",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(answer.getStatus()).isEqualTo(503);
        JsonNode body = JSON.readTree(answer.getEntity().toString());
        assertThat(body.path("type").asText()).isEqualTo("DatabaseUnavailable");
        // the Thai filter keeps it rather than making it a generic server error
        assertThat(new EngineErrorsInThai("refused").thaiMessage(body)).isEqualTo(
                DatabaseRefusal.UNREACHABLE.thaiMessage());
    }

    @Test
    void aWriteRefusedByTheDatabaseAnswers503InThai() throws Exception {
        Response answer = EngineErrorMapper.respond(new ProcessEngineException("flush",
                new SQLException("cannot execute UPDATE in a read-only transaction", "25006")));
        assertThat(answer.getStatus()).isEqualTo(503);
        JsonNode body = JSON.readTree(answer.getEntity().toString());
        assertThat(new EngineErrorsInThai("refused").thaiMessage(body)).isEqualTo(
                DatabaseRefusal.REFUSES_WRITES.thaiMessage());
    }

    @Test
    void theSecondOfTwoCompletionsOfOneTaskAnswers409InThai() throws Exception {
        // what /engine-rest answered the loser of two submit-forms of one task, as bench/prod-jar met it
        JsonNode body = JSON.readTree("""
                {"type":"RestException","message":"Cannot submit task form 2277: ENGINE-03005 Execution of                 'DELETE TaskEntity[2277]' failed. Entity was updated by another transaction concurrently."}""");
        EngineErrorsInThai errors = new EngineErrorsInThai("refused");
        assertThat(errors.callerErrorStatus(body)).isEqualTo(409);
        assertThat(errors.thaiMessage(body)).isEqualTo("ข้อมูลนี้เพิ่งถูกแก้ไขโดยผู้อื่น กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง");
        assertThat(errors.callerErrorStatus(JSON.readTree("{\"type\":\"OptimisticLockingException\",\"message\":\"x\"}")))
                .isEqualTo(409);
    }
}
