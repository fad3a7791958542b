package th.moralorg.identity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the system: our code starts processes and correlates messages only after
 * it checked the caller (e.g. {@code ApiCaller.requireProvince}), and no officer, coordinator or
 * manager holds the grants to do so themselves (docs/access.md). The caller's authentication is
 * cleared for the call and put back afterwards, whatever happens.
 *
 * <p>A start also names the row it is for ({@link #start}): while the engine runs the new
 * instance's first steps (before the start returns its id), a step that finds no row of its
 * instance asks {@link #rowBeingStarted} and binds that row. Only our own starting code can name
 * it; a process variable or a business key never can.
 */
@Component
public class AsSystem {

    private record Start(String processKey, String row) {
    }

    private static final ThreadLocal<Deque<Start>> STARTING = new ThreadLocal<>();

    private final IdentityService identity;

    AsSystem(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Runnable restore = CurrentUser.suspend(identity);
        try {
            return work.get();
        } finally {
            restore.run();
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Starts an instance of {@code processKey} for our row {@code row} (its key as text) as the
     * system; returns what {@code start} returns.
     */
    public <T> T start(String processKey, String row, Supplier<T> start) {
        Deque<Start> starting = STARTING.get();
        if (starting == null) {
            starting = new ArrayDeque<>();
            STARTING.set(starting);
        }
        starting.push(new Start(processKey, row));
        try {
            return call(start);
        } finally {
            starting.pop();
            if (starting.isEmpty()) {
                STARTING.remove();
            }
        }
    }

    /** The row our code is starting an instance of {@code processKey} for, right now on this thread. */
    public static Optional<String> rowBeingStarted(String processKey) {
        Deque<Start> starting = STARTING.get();
        Start start = starting == null ? null : starting.peek();
        return start != null && start.processKey().equals(processKey) ? Optional.of(start.row()) : Optional.empty();
    }

    /**
     * The one way a step finds its row: by the id of the instance it runs in; while our code
     * starts that instance, the row it named, bound to the instance now (a bind only takes a row
     * not bound to another instance).
     */
    public static <R> Optional<R> rowOf(String processKey, String processInstanceId,
            Function<String, Optional<R>> byInstance, BiPredicate<String, String> bind) {
        Optional<R> row = byInstance.apply(processInstanceId);
        if (row.isPresent()) {
            return row;
        }
        return rowBeingStarted(processKey).filter(key -> bind.test(key, processInstanceId))
                .flatMap(key -> byInstance.apply(processInstanceId));
    }
}
