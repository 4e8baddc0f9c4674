package taskboard.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves both directions for every exercise, in the default build (what CI runs):
 * <ol>
 *   <li>every self-check passes when the references replace the starters on the classpath;</li>
 *   <li>every self-check fails against the untouched starters, and says "not done yet" (a check that
 *       passes on a starter could never fail for a student: a defect).</li>
 * </ol>
 * Both runs use the JUnit Platform's EngineTestKit on a class loader that looks in
 * {@code target/reference-classes} (or not) before the starters in {@code target/classes}.
 */
@Timeout(900)
class ProofIT {
    private static final Path TESTS = Path.of("target", "test-classes");
    private static final Path STARTERS = Path.of("target", "classes");
    private static final Path REFERENCES = Path.of("target", "reference-classes");

    private static Map<String, Outcome> onReferences;
    private static Map<String, Outcome> onStarters;

    /** One check method's result: passed or not, and the failure's message. */
    record Outcome(boolean passed, String message) {
    }

    @BeforeAll
    static void runEveryCheckTwice() {
        onReferences = run("references", List.of(REFERENCES, TESTS, STARTERS));
        onStarters = run("starters", List.of(TESTS, STARTERS));
    }

    @Test
    void every_check_passes_against_the_references() {
        assertFalse(onReferences.isEmpty(), "no self-checks were found in " + TESTS);
        List<String> failed = new ArrayList<>();
        onReferences.forEach((check, outcome) -> {
            if (!outcome.passed()) {
                failed.add(check + ": " + outcome.message());
            }
        });
        assertTrue(failed.isEmpty(), "Self-checks failing against the references:\n" + String.join("\n", failed));
    }

    @Test
    void every_check_fails_against_the_untouched_starters_saying_not_done_yet() {
        assertEquals(onReferences.keySet(), onStarters.keySet(), "both runs must run the same checks");
        List<String> defects = new ArrayList<>();
        onStarters.forEach((check, outcome) -> {
            if (outcome.passed()) {
                defects.add(check + ": PASSES on the untouched starter, so it can never fail");
            } else if (!outcome.message().contains("not done yet")) {
                defects.add(check + ": fails without saying \"not done yet\": " + outcome.message());
            }
        });
        assertTrue(defects.isEmpty(), "Defective self-checks:\n" + String.join("\n", defects));
    }

    private static Map<String, Outcome> run(String label, List<Path> roots) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (ChildFirst loader = new ChildFirst(roots, ProofIT.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (String name : checkClassNames()) {
                selectors.add(DiscoverySelectors.selectClass(loader.loadClass(name)));
            }
            var results = EngineTestKit.engine("junit-jupiter").selectors(selectors.toArray(DiscoverySelector[]::new))
                    .execute();
            Map<String, Outcome> outcomes = new TreeMap<>();
            for (Event event : results.allEvents().finished().list()) {
                var descriptor = event.getTestDescriptor();
                TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
                if (descriptor.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    String message = result.getThrowable().map(Throwable::getMessage).orElse("");
                    outcomes.put(descriptor.getUniqueId().toString().replaceAll("\\[engine:junit-jupiter]/", ""),
                            new Outcome(result.getStatus() == TestExecutionResult.Status.SUCCESSFUL, String.valueOf(message)));
                }
            }
            System.out.printf("ProofIT: %d self-checks run against the %s, %d passed%n", outcomes.size(), label,
                    outcomes.values().stream().filter(Outcome::passed).count());
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<String> checkClassNames() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.map(p -> TESTS.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith("Check.class") && !p.contains("$"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        }
    }

    /** Finds the exercise classes (starters or references, checks, test support) in its own roots first. */
    static final class ChildFirst extends URLClassLoader {
        ChildFirst(List<Path> roots, ClassLoader parent) {
            super(urls(roots), parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("taskboard.exercises.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = super.loadClass(name, false);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static URL[] urls(List<Path> roots) {
            return roots.stream().map(root -> {
                try {
                    return root.toAbsolutePath().toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }
    }
}
