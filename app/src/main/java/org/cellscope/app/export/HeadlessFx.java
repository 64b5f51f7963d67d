package org.cellscope.app.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import javafx.application.Platform;

/**
 * Starts JavaFX without a display (Monocle, software rendering) and runs work on its thread.
 * The properties only count before the toolkit starts; in the window it is already up and
 * this leaves it alone.
 */
public final class HeadlessFx {
    private static boolean started;
    /** Held so that the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private HeadlessFx() {}

    public static synchronized void ensureStarted() throws ExportException {
        if (started) return;
        if (!isToolkitRunning()) {
            setDefault("glass.platform", "Monocle");
            setDefault("monocle.platform", "Headless");
            setDefault("prism.order", "sw");
            setDefault("prism.text", "t2k");
            setDefault("java.awt.headless", "true");
            // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" is
            // harmless on the classpath and means nothing to someone exporting a picture
            JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
            try {
                CompletableFuture<Void> up = new CompletableFuture<>();
                Platform.startup(() -> up.complete(null));
                up.get();
            } catch (IllegalStateException alreadyRunning) {
                // started by someone else meanwhile (a test framework, the window): fine
            } catch (RuntimeException | InterruptedException | ExecutionException e) {
                throw new ExportException("cannot start the renderer: " + e.getMessage(), e);
            }
            Platform.setImplicitExit(false);
        }
        started = true;
    }

    private static boolean isToolkitRunning() {
        try {
            Platform.runLater(() -> {});
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** Runs work on the JavaFX thread and waits for its result. */
    public static <T> T call(Callable<T> work) throws ExportException {
        ensureStarted();
        if (Platform.isFxApplicationThread()) return run(work);
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExportException ex) throw ex;
            throw new ExportException("rendering failed: " + e.getCause(), e.getCause());
        }
    }

    private static <T> T run(Callable<T> work) throws ExportException {
        try {
            return work.call();
        } catch (ExportException e) {
            throw e;
        } catch (Exception e) {
            throw new ExportException("rendering failed: " + e, e);
        }
    }
}
