/**
 * The {@code buzon} command line (docs/readme-cli.md): exit codes 0 success, 1 invalid,
 * 2 usage error, 3 unreadable input.
 */
@NullMarked
package mx.buzon.examples.cli;

import org.jspecify.annotations.NullMarked;
