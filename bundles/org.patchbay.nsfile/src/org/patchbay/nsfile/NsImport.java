package org.patchbay.nsfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.patchbay.model.Cluster;
import org.patchbay.nsfile.internal.NsModelBuilder;
import org.patchbay.nsfile.internal.PatchbayComments;
import org.patchbay.nsfile.internal.TclSandbox;

/**
 * Opens an Emulab NS file as a topology. The file is a Tcl program and someone else's: it runs in a safe
 * Tcl interpreter in its own process, bounded in time, memory and output (see docs/ns-files.md).
 */
public final class NsImport {

    /** The topology and what the file said that Patchbay does not act on. */
    public record Result(Cluster cluster, List<NsWarning> warnings) {
    }

    private final TclSandbox sandbox;

    public NsImport() {
        this(TclSandbox.Limits.DEFAULT);
    }

    public NsImport(TclSandbox.Limits limits) {
        this.sandbox = new TclSandbox(limits);
    }

    public Result read(Path file) throws NsFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > TclSandbox.Limits.DEFAULT.maxFileBytes()) {
                throw new NsFileException(name, 0, "the file is larger than " + (TclSandbox.Limits.DEFAULT.maxFileBytes() >> 20)
                        + " MB; an NS file describes a topology in a few kB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NsFileException(name, 0, "cannot read it (" + e.getMessage() + ")");
        }
        return read(name, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Reads NS text; {@code name} names it in messages and, without a comment saying otherwise, names the topology. */
    public Result read(String name, String text) throws NsFileException {
        List<TclSandbox.Record> records = sandbox.evaluate(name, text.getBytes(StandardCharsets.UTF_8));
        NsModelBuilder builder = new NsModelBuilder(name, PatchbayComments.read(text));
        Cluster cluster = builder.build(records);
        return new Result(cluster, List.copyOf(builder.warnings()));
    }
}
