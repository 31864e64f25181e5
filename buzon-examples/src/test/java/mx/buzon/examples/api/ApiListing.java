package mx.buzon.examples.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public surface of one module of the SDK as text, from its compiled classes and nothing else (JDK only): the
 * unqualified exports of its {@code module-info.class}, and in each exported package every public or protected
 * type with its kind, modifiers and supertypes, and its public or protected constructors, methods and fields with
 * their generic signatures. Sorted, so the text changes exactly when the surface does.
 *
 * <p>Qualified exports ({@code exports p to m}) and {@code internal} packages are not API and are not listed.
 * Annotations (JSpecify nullness) and parameter names are not in the listing: they do not change what compiles
 * against the API. Runnable by itself for a module built elsewhere:
 * {@code java -cp <classes of the SDK> mx.buzon.examples.api.ApiListing <module classes dir or jar>}.
 */
public final class ApiListing {

    private final String moduleName;
    private final Map<String, List<String>> typesByPackage;

    private ApiListing(String moduleName, Map<String, List<String>> typesByPackage) {
        this.moduleName = moduleName;
        this.typesByPackage = typesByPackage;
    }

    /**
     * The listing of the module whose classes hold {@code anyClass}.
     *
     * @param anyClass a class of the module, e.g. {@code mx.buzon.core.id.Rfc.class}
     * @return the listing
     */
    public static ApiListing of(Class<?> anyClass) {
        try {
            return of(Path.of(anyClass.getProtectionDomain().getCodeSource().getLocation().toURI()),
                    anyClass.getClassLoader());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The listing of the module in a directory of classes or a jar.
     *
     * @param location {@code target/classes} or the module's jar
     * @param loader a loader that sees the module and what it requires
     * @return the listing
     */
    public static ApiListing of(Path location, ClassLoader loader) {
        ModuleDescriptor descriptor;
        List<String> classNames;
        try {
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    descriptor = ModuleDescriptor.read(in);
                }
                try (Stream<Path> files = Files.walk(location)) {
                    classNames = files.map(location::relativize).map(Path::toString)
                            .filter(n -> n.endsWith(".class")).map(n -> n.replace('\\', '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                        descriptor = ModuleDescriptor.read(in);
                    }
                    List<String> names = new ArrayList<>();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.endsWith(".class")) {
                            names.add(n);
                        }
                    }
                    classNames = names;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the classes of " + location, e);
        }
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports x : descriptor.exports()) {
            if (!x.isQualified()) {
                exported.add(x.source());
            }
        }
        Map<String, List<String>> byPackage = new TreeMap<>();
        exported.forEach(p -> byPackage.put(p, new ArrayList<>()));
        for (String file : new TreeSet<>(classNames)) {
            String binary = file.substring(0, file.length() - ".class".length()).replace('/', '.');
            int dot = binary.lastIndexOf('.');
            String pkg = dot < 0 ? "" : binary.substring(0, dot);
            if (!exported.contains(pkg) || binary.contains("$") || binary.endsWith("package-info")
                    || binary.endsWith("module-info")) {
                continue;   // nested types are listed under their outer type, when it is API
            }
            Class<?> c;
            try {
                c = Class.forName(binary, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Cannot load " + binary + " from " + location, e);
            }
            if (Modifier.isPublic(c.getModifiers())) {
                describe(c, byPackage.get(pkg));
            }
        }
        return new ApiListing(descriptor.name(), byPackage);
    }

    /** @return the module's name, e.g. {@code mx.buzon.core} */
    public String moduleName() {
        return moduleName;
    }

    /** @return public types per exported package (nested types counted), in package order */
    public Map<String, Integer> publicTypesPerPackage() {
        Map<String, Integer> out = new TreeMap<>();
        typesByPackage.forEach((p, types) -> out.put(p, types.size()));
        return out;
    }

    /**
     * The listing as text.
     *
     * @param header the comment lines to put first (each prefixed with {@code "# "})
     * @return one line per type and member
     */
    public String text(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        out.append("module ").append(moduleName).append('\n');
        typesByPackage.forEach((pkg, types) -> {
            out.append('\n').append("package ").append(pkg).append(" (").append(types.size())
                    .append(" public types)\n");
            types.forEach(t -> out.append(t));
        });
        return out.toString();
    }

    private static void describe(Class<?> c, List<String> sink) {
        StringBuilder b = new StringBuilder();
        b.append(typeLine(c)).append('\n');
        TreeSet<String> members = new TreeSet<>();
        for (Field f : c.getDeclaredFields()) {
            if (isApi(f) && !f.isSynthetic()) {
                members.add("field " + strip(f.toGenericString(), c, f.getName()));
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (isApi(k) && !k.isSynthetic()) {
                members.add("constructor " + strip(k.toGenericString(), c, null));
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (isApi(m) && !m.isSynthetic() && !m.isBridge()) {
                members.add("method " + strip(m.toGenericString(), c, m.getName()));
            }
        }
        members.forEach(m -> b.append("    ").append(m).append('\n'));
        sink.add(b.toString());
        Class<?>[] nested = c.getDeclaredClasses();
        java.util.Arrays.sort(nested, java.util.Comparator.comparing(Class::getName));
        for (Class<?> n : nested) {
            if (Modifier.isPublic(n.getModifiers()) || Modifier.isProtected(n.getModifiers())) {
                describe(n, sink);
            }
        }
    }

    private static boolean isApi(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    /** {@code public static X a.b.C.name(...)} becomes {@code public static X name(...)}. */
    private static String strip(String generic, Class<?> owner, String name) {
        String prefix = owner.getTypeName() + (name == null ? "" : "." + name);
        String target = name == null ? owner.getSimpleName() : name;
        int i = generic.indexOf(" " + prefix + "(");
        if (i < 0) {
            i = generic.indexOf(" " + prefix);
            return i < 0 ? generic : generic.substring(0, i + 1) + target + generic.substring(i + 1 + prefix.length());
        }
        return generic.substring(0, i + 1) + target + generic.substring(i + 1 + prefix.length());
    }

    private static String typeLine(Class<?> c) {
        StringBuilder b = new StringBuilder();
        int mods = c.getModifiers();
        String kind;
        if (c.isAnnotation()) {
            kind = "@interface";
            mods &= ~(Modifier.INTERFACE | Modifier.ABSTRACT);
        } else if (c.isInterface()) {
            kind = "interface";
            mods &= ~(Modifier.INTERFACE | Modifier.ABSTRACT);
        } else if (c.isEnum()) {
            kind = "enum";
            mods &= ~(Modifier.FINAL | Modifier.ABSTRACT | Modifier.STATIC);
        } else if (c.isRecord()) {
            kind = "record";
            mods &= ~(Modifier.FINAL | Modifier.STATIC);
        } else {
            kind = "class";
        }
        if (c.isInterface() || c.isRecord()) {
            mods &= ~Modifier.STATIC;
        }
        String m = Modifier.toString(mods);
        b.append(m.isEmpty() ? "" : m + " ");
        if (c.isSealed()) {
            b.append("sealed ");
        }
        b.append(kind).append(' ').append(c.getTypeName());
        if (c.getTypeParameters().length > 0) {
            b.append('<');
            for (int i = 0; i < c.getTypeParameters().length; i++) {
                b.append(i == 0 ? "" : ",").append(c.getTypeParameters()[i].getTypeName());
            }
            b.append('>');
        }
        if (c.isRecord()) {
            b.append('(');
            var components = c.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                b.append(i == 0 ? "" : ", ").append(components[i].getGenericType().getTypeName()).append(' ')
                        .append(components[i].getName());
            }
            b.append(')');
        }
        Type sup = c.getGenericSuperclass();
        if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
            b.append(" extends ").append(sup.getTypeName());
        }
        Type[] interfaces = c.getGenericInterfaces();
        if (interfaces.length > 0) {
            b.append(c.isInterface() ? " extends " : " implements ");
            for (int i = 0; i < interfaces.length; i++) {
                b.append(i == 0 ? "" : ", ").append(interfaces[i].getTypeName());
            }
        }
        if (c.isSealed()) {
            b.append(" permits ");
            Class<?>[] permitted = c.getPermittedSubclasses();
            for (int i = 0; i < permitted.length; i++) {
                b.append(i == 0 ? "" : ", ").append(permitted[i].getTypeName());
            }
        }
        return b.toString();
    }

    /**
     * Prints the listing of each location given (a module's classes directory or jar), for a module built outside
     * this test, e.g. an older commit: the counts of public types per package go to standard error.
     *
     * @param args the locations
     */
    public static void main(String[] args) {
        for (String a : args) {
            ApiListing l = of(Path.of(a), ApiListing.class.getClassLoader());
            System.out.print(l.text(List.of("Public API of " + a)));
            l.publicTypesPerPackage().forEach((p, n) -> System.err.println(l.moduleName() + "\t" + p + "\t" + n));
        }
    }
}
