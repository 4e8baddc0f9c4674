package taskboard.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.javalin.plugin.Plugin;
import taskboard.events.EventDelivery;

/**
 * A checkpoint's manifest: its name, how board events are delivered, and the plugins (one per
 * lesson feature) it is made of. Each stage is the previous stage plus what its lessons add, e.g.
 * {@code Stage02.STAGE = Stage01.STAGE.next("02-polling").with(LongPollPlugin.class, LongPollPlugin::new)}.
 * A lesson that replaces earlier behaviour says so with {@link #replace} or {@link #delivery}.
 */
public final class Stage {

    /** One lesson feature: its plugin class (the key for {@link #replace}) and how to make it. */
    public record Feature(Class<?> type, Function<Services, ? extends Plugin<?>> create) {
    }

    private final String name;
    private final Function<Services, EventDelivery> delivery;
    private final List<Feature> features;

    private Stage(String name, Function<Services, EventDelivery> delivery, List<Feature> features) {
        this.name = name;
        this.delivery = delivery;
        this.features = List.copyOf(features);
    }

    public static Stage first(String name, Function<Services, EventDelivery> delivery) {
        return new Stage(name, delivery, List.of());
    }

    /** The next checkpoint: everything this one has, under a new name. */
    public Stage next(String nextName) {
        return new Stage(nextName, delivery, features);
    }

    /** Adds a lesson feature. A plugin class can be added once (Javalin refuses a second one too). */
    public <P extends Plugin<?>> Stage with(Class<P> type, Function<Services, P> create) {
        if (has(type)) {
            throw new IllegalArgumentException(name + " already has " + type.getSimpleName());
        }
        List<Feature> copy = new ArrayList<>(features);
        copy.add(new Feature(type, create));
        return new Stage(name, delivery, copy);
    }

    /** Replaces an earlier lesson's feature with this lesson's version of it, in the same place. */
    public <P extends Plugin<?>> Stage replace(Class<?> old, Class<P> type, Function<Services, P> create) {
        List<Feature> copy = new ArrayList<>(features);
        int index = indexOf(old);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no " + old.getSimpleName() + " to replace");
        }
        copy.set(index, new Feature(type, create));
        return new Stage(name, delivery, copy);
    }

    /** Replaces how board events are delivered (L14's event bus, L16's Redis bus). */
    public Stage delivery(Function<Services, EventDelivery> newDelivery) {
        return new Stage(name, newDelivery, features);
    }

    public String name() {
        return name;
    }

    public List<Feature> features() {
        return features;
    }

    public boolean has(Class<?> type) {
        return indexOf(type) >= 0;
    }

    Function<Services, EventDelivery> deliveryFactory() {
        return delivery;
    }

    /** Starts this checkpoint's server. */
    public TaskBoardServer start(Settings settings) {
        return TaskBoardServer.start(this, settings);
    }

    private int indexOf(Class<?> type) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return name;
    }
}
