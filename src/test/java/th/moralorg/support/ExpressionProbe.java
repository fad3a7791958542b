package th.moralorg.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * A bean an attacker's expression would call: the security tests count the calls to prove that
 * an expression smuggled into a query never runs. Inert everywhere else.
 */
@Component("expressionProbe")
public class ExpressionProbe {

    private final AtomicInteger calls = new AtomicInteger();

    public String trip() {
        calls.incrementAndGet();
        return "tripped";
    }

    public int calls() {
        return calls.get();
    }
}
