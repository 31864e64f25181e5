package mx.buzon.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files the command line reads itself ({@code --in}, {@code --sello-file}); a failure is
 * {@code ARCHIVO_NO_LEIDO}, exit 3, naming the option and the file.
 */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * @param file the file
     * @param option the option that named it, e.g. {@code --in}
     * @return its bytes
     * @throws CliException {@code ARCHIVO_NO_LEIDO}
     */
    static byte[] read(Path file, String option) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, option, e);
        }
    }

    /**
     * @param file a UTF-8 text file
     * @param option the option that named it, e.g. {@code --sello-file}
     * @return its text
     * @throws CliException {@code ARCHIVO_NO_LEIDO}, also when it is not UTF-8
     */
    static String readText(Path file, String option) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, option, e);
        }
    }

    private static CliException unreadable(Path file, String option, IOException e) {
        String why;
        if (Files.isDirectory(file)) {
            why = "es una carpeta, no un archivo";
        } else if (e instanceof NoSuchFileException) {
            why = "no existe";
        } else if (e instanceof AccessDeniedException) {
            why = "no hay permiso para leerlo";
        } else if (e instanceof CharacterCodingException) {
            why = "no es texto UTF-8";
        } else {
            why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return new CliException(CliError.of(CliErrorCode.ARCHIVO_NO_LEIDO, option + " " + file, why), e);
    }
}
