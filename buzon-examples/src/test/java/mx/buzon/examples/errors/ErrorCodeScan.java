package mx.buzon.examples.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import mx.buzon.problem.ErrorCode;

/**
 * Finds every error-code enum of the SDK by scanning the compiled classes under {@code mx/buzon/} of every class
 * path root (module {@code target/classes} directories or module jars), so an enum added to any module is found
 * without a hand-written list.
 *
 * <p>An error-code enum is an enum implementing {@link ErrorCode}; an enum with the same shape (public
 * {@code String code()} and {@code String messageTemplate()}) that does not implement it is refused, so no module
 * grows a second vocabulary. Test classes are skipped: they hold sample codes that are not part of the catalogue.
 */
final class ErrorCodeScan {

    private static final String ROOT_PACKAGE = "mx/buzon/";

    private ErrorCodeScan() {
    }

    /**
     * @return every code of every error-code enum, ordered by enum name then declaration order
     * @throws IllegalStateException when a class under {@code mx/buzon/} cannot be loaded (a scan that skipped it
     *     could miss an enum)
     */
    static List<CatalogedCode> codes() {
        List<CatalogedCode> codes = new ArrayList<>();
        for (Class<?> type : errorCodeEnums()) {
            try {
                Method code = type.getMethod("code");
                Method template = type.getMethod("messageTemplate");
                for (Object constant : type.getEnumConstants()) {
                    codes.add(new CatalogedCode(type, (String) code.invoke(constant),
                            (String) template.invoke(constant)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the codes of " + type.getName(), e);
            }
        }
        return codes;
    }

    /** @return the error-code enums, sorted by name */
    static List<Class<?>> errorCodeEnums() {
        List<Class<?>> enums = new ArrayList<>();
        List<String> unloadable = new ArrayList<>();
        ClassLoader loader = ErrorCodeScan.class.getClassLoader();
        for (String name : classNames(loader)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                unloadable.add(name + " (" + e + ")");
                continue;
            }
            if (type.isEnum() && isErrorCodeShaped(type)) {
                enums.add(type);
            }
        }
        if (!unloadable.isEmpty()) {
            throw new IllegalStateException("classes that could not be scanned for error codes: " + unloadable);
        }
        enums.sort(Comparator.comparing(Class::getName));
        return enums;
    }

    private static boolean isErrorCodeShaped(Class<?> type) {
        if (ErrorCode.class.isAssignableFrom(type)) {
            return true;
        }
        if (returnsString(type, "code") && returnsString(type, "messageTemplate")) {
            throw new IllegalStateException(type.getName() + " looks like an error-code enum but does not implement "
                    + ErrorCode.class.getName() + ": every code of the SDK shares that one vocabulary");
        }
        return false;
    }

    private static boolean returnsString(Class<?> type, String method) {
        try {
            Method m = type.getMethod(method);
            return m.getReturnType() == String.class && !Modifier.isStatic(m.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The binary names of the main classes under {@code mx/buzon/} in every class path root. */
    private static TreeSet<String> classNames(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT_PACKAGE);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getPath().contains("/test-classes/")) {
                    continue;
                }
                switch (root.getProtocol()) {
                    case "file" -> addFromDirectory(Path.of(root.toURI()), names);
                    case "jar" -> addFromJar(root, names);
                    default -> throw new IllegalStateException("cannot scan class path root " + root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static void addFromDirectory(Path packageDir, TreeSet<String> names) throws IOException {
        Path classesRoot = packageDir.getParent().getParent(); // mx/buzon/ -> the classes directory
        try (Stream<Path> files = Files.walk(packageDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> {
                String relative = classesRoot.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                add(relative, names);
            });
        }
    }

    private static void addFromJar(URL root, TreeSet<String> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(ROOT_PACKAGE)) {
                    add(entry, names);
                }
            }
        }
    }

    private static void add(String resource, TreeSet<String> names) {
        if (resource.endsWith(".class") && !resource.endsWith("module-info.class")
                && !resource.endsWith("package-info.class")) {
            names.add(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
        }
    }
}
