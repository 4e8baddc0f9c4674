package taskboard.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the exercises in step: the course's exercise list, the starters, the references, the
 * self-checks and the README's table name the same exercises, and each starter has its reference.
 */
class LayoutTest {
    private static final Path STARTERS = Path.of("src/main/java/taskboard/exercises");
    private static final Path REFERENCES = Path.of("src/reference/java/taskboard/exercises");
    private static final Path CHECKS = Path.of("src/test/java/taskboard/exercises");
    private static final Path README = Path.of("README.md");

    /** Every exercise of COURSE.md: L1's calculator, three per lesson from L2 to L17, the capstone's C1-C4. */
    static Set<String> courseExercises() {
        Set<String> ids = new TreeSet<>(Set.of("1.1", "C1", "C2", "C3", "C4"));
        for (int lesson = 2; lesson <= 17; lesson++) {
            for (int n = 1; n <= 3; n++) {
                ids.add(lesson + "." + n);
            }
        }
        return ids;
    }

    @Test
    void every_starter_has_a_reference_with_the_same_name_and_vice_versa() {
        Set<Path> starters = javaFiles(STARTERS);
        starters.remove(Path.of("Todo.java"));
        assertEquals(starters, javaFiles(REFERENCES), "starters (left) and references (right) differ");
    }

    @Test
    void every_course_exercise_has_a_starter_a_check_and_a_readme_row() {
        assertEquals(courseExercises(), starterExercises().keySet(), "exercises thrown as not done yet by the starters");
        assertEquals(courseExercises(), checkedExercises().keySet(), "exercises with a self-check (@Tag(\"exN.M\"))");
        assertEquals(courseExercises(), readmeRows().keySet(), "exercises in the README's table");
    }

    @Test
    void starters_mark_each_edit_point_and_references_have_none() {
        for (Path file : javaFiles(STARTERS)) {
            if (file.toString().equals("Todo.java")) {
                continue;
            }
            String starter = read(STARTERS.resolve(file));
            String reference = read(REFERENCES.resolve(file));
            Matcher todo = Pattern.compile("Todo\\.exercise\\(\"([^\"]+)\"").matcher(starter);
            boolean any = false;
            while (todo.find()) {
                any = true;
                assertTrue(starter.contains("// TODO(" + todo.group(1) + "):"), file + " throws for exercise "
                        + todo.group(1) + " without a // TODO(" + todo.group(1) + "): at the edit point");
            }
            if (!any) {
                assertEquals(reference, starter, file + " has no exercise, so it is scaffolding: keep it identical to the reference");
            }
            assertTrue(!reference.contains("Todo.") && !reference.contains("TODO("), file + "'s reference still has a TODO");
        }
    }

    @Test
    void every_check_is_tagged_with_its_lesson_and_teaches_on_failure() {
        Map<String, String> lessonOfCheck = checkedExercises();
        lessonOfCheck.forEach((exercise, lesson) -> {
            String expected = exercise.startsWith("C") ? "L18" : "L" + exercise.substring(0, exercise.indexOf('.'));
            assertEquals(expected, lesson, "exercise " + exercise + " is tagged with the wrong lesson");
        });
        for (Path file : checkFiles()) {
            String source = read(CHECKS.resolve(file));
            assertTrue(source.contains("@ExtendWith(ExerciseFailures.class)"), file + " must use ExerciseFailures");
            assertTrue(source.contains("@Timeout("), file + " must have a @Timeout");
        }
    }

    @Test
    void readme_rows_name_existing_files_checks_and_the_exercise_command() {
        readmeRows().forEach((exercise, row) -> {
            assertTrue(Files.exists(Path.of(row.get(0))), "README row " + exercise + ": no file " + row.get(0));
            assertTrue(checkFiles().stream().anyMatch(f -> f.getFileName().toString().equals(row.get(1) + ".java")),
                    "README row " + exercise + ": no check class " + row.get(1));
            assertTrue(row.get(2).endsWith("-Dgroups=ex" + exercise), "README row " + exercise + ": command " + row.get(2));
        });
    }

    /** Exercise id -> starter file, from {@code Todo.exercise("7.2", ...)}. */
    private static Map<String, Path> starterExercises() {
        Map<String, Path> ids = new TreeMap<>();
        for (Path file : javaFiles(STARTERS)) {
            Matcher m = Pattern.compile("Todo\\.exercise\\(\"([^\"]+)\"").matcher(read(STARTERS.resolve(file)));
            while (m.find()) {
                ids.put(m.group(1), file);
            }
        }
        return ids;
    }

    /** Exercise id -> lesson tag of its check class; every @Test has exactly one exercise tag. */
    private static Map<String, String> checkedExercises() {
        Map<String, String> ids = new TreeMap<>();
        for (Path file : checkFiles()) {
            String source = read(CHECKS.resolve(file));
            Matcher lesson = Pattern.compile("@Tag\\(\"(L\\d+)\"\\)\\s*(@\\w+(\\([^)]*\\))?\\s*)*class ").matcher(source);
            assertTrue(lesson.find(), file + " has no lesson tag on its class");
            String[] tests = source.split("@Test\\b");
            for (int i = 1; i < tests.length; i++) {
                Matcher method = Pattern.compile("void \\w+\\(").matcher(tests[i]);
                assertTrue(method.find(), file + ": a @Test that is not a method");
                String head = tests[i].substring(0, method.end());
                Matcher tag = Pattern.compile("@Tag\\(\"ex([^\"]+)\"\\)").matcher(head);
                assertTrue(tag.find(), file + ": a @Test without an exercise tag: " + head.trim());
                ids.put(tag.group(1), lesson.group(1));
                assertTrue(!tag.find(), file + ": a @Test with two exercise tags");
            }
        }
        return ids;
    }

    /** Exercise id -> [file to edit, check class, command], from the README's table. */
    private static Map<String, List<String>> readmeRows() {
        Map<String, List<String>> rows = new TreeMap<>();
        Pattern row = Pattern.compile("^\\| L\\d+ \\| (C?\\d+(?:\\.\\d+)?) \\|[^|]+\\| `([^`]+)`[^|]*\\| `(\\w+)` \\| `([^`]+)` \\|$");
        for (String line : read(README).split("\n")) {
            Matcher m = row.matcher(line.trim());
            if (m.matches()) {
                rows.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4)));
            }
        }
        return rows;
    }

    private static List<Path> checkFiles() {
        List<Path> checks = new ArrayList<>();
        for (Path file : javaFiles(CHECKS)) {
            if (file.getFileName().toString().endsWith("Check.java")) {
                checks.add(file);
            }
        }
        return checks;
    }

    private static Set<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Set<Path> found = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> found.add(root.relativize(p)));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
