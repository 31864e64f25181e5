package mx.buzon.calendar.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list computed on first use, for the parts of an answer only its explanation needs (the reasons
 * of the skipped inhábil days): a notification is computed without them, and they cost nothing until read.
 *
 * <p>Not API. Thread-safe: the supplier must be pure (the same immutable list every time); two threads may each
 * call it once, and both see an equal list. Equal to any list with the same elements ({@link List#equals}).
 *
 * @param <T> the element type
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {

    private final Supplier<List<T>> supplier;
    private volatile @org.jspecify.annotations.Nullable List<T> value;

    private LazyList(Supplier<List<T>> supplier) {
        this.supplier = supplier;
    }

    /**
     * A list computed by {@code supplier} when first read.
     *
     * @param supplier a pure function returning an unmodifiable list without nulls
     * @param <T> the element type
     * @return the lazy list
     */
    public static <T> List<T> of(Supplier<List<T>> supplier) {
        return new LazyList<>(Objects.requireNonNull(supplier, "supplier"));
    }

    /**
     * {@link List#copyOf(java.util.Collection)}, except that a lazy list is kept as it is (it is already
     * unmodifiable), so that a record's defensive copy does not force it.
     *
     * @param list the list
     * @param <T> the element type
     * @return an unmodifiable list with the same elements
     */
    public static <T> List<T> copyOf(List<T> list) {
        return list instanceof LazyList ? list : List.copyOf(list);
    }

    private List<T> value() {
        List<T> computed = value;
        if (computed == null) {
            computed = List.copyOf(supplier.get());
            value = computed;
        }
        return computed;
    }

    @Override
    public T get(int index) {
        return value().get(index);
    }

    @Override
    public int size() {
        return value().size();
    }
}
