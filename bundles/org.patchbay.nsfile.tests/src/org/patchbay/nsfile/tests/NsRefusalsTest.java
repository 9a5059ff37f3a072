package org.patchbay.nsfile.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.nsfile.NsFileException;
import org.patchbay.nsfile.NsImport;
import org.patchbay.nsfile.internal.TclSandbox;

/** Bad files say where and how to fix them; hostile files get nothing from the machine and are stopped. */
class NsRefusalsTest {

    private static NsFileException refused(String file) {
        return assertThrows(NsFileException.class, () -> NsFiles.read(file));
    }

    private static NsFileException refusedText(String text) {
        return assertThrows(NsFileException.class, () -> new NsImport().read("hostile.ns", "set ns [new Simulator]\nsource tb_compat.tcl\n" + text));
    }

    @Test
    void aTypoedVariableNamesItsLineAndTheVariableMeant() {
        NsFileException e = refused("bad-variable.ns");
        assertEquals(6, e.line());
        assertTrue(e.getMessage().startsWith("bad-variable.ns: line 6: duplex-link: can't read \"nod2\": no such variable (did you mean $node2"), e.getMessage());
    }

    @Test
    void aLinkFromANodeToItselfAndAnUnknownLinkInALoopNameTheirLines() throws Exception {
        NsFileException e = refused("bad-link.ns");
        assertEquals(4, e.line());
        assertEquals("duplex-link: both ends are n0; link two different nodes", e.problem());
        NsFileException loop = assertThrows(NsFileException.class, () -> new NsImport().read("loop.ns",
                Files.readString(NsFiles.file("bad-link.ns")).replace("$n0 $n0", "$n0 [$ns node]")));
        assertEquals(6, loop.line(), "the line inside the loop body");
        assertTrue(loop.problem().startsWith("tb-set-link-loss: can't read \"link9\""), "names the command that failed: " + loop.problem());
    }

    @Test
    void aLinkToSomethingThatIsNotANodeSaysWhatToPass() {
        NsFileException e = refused("bad-unknown-node.ns");
        assertEquals(4, e.line());
        assertTrue(e.problem().startsWith("duplex-link: \"n1\" is not a Node; pass one made by the file"), e.problem());
    }

    @Test
    void aSyntaxErrorNamesTheLineWhereTheCommandStarts() {
        NsFileException e = refused("bad-syntax.ns");
        assertEquals(4, e.line());
        assertTrue(e.problem().startsWith("set: missing close-bracket"), e.problem());
    }

    @Test
    void aBadBandwidthShowsTheFormsEmulabAccepts() {
        NsFileException e = refused("bad-bandwidth.ns");
        assertEquals(6, e.line());
        assertTrue(e.problem().contains("\"fast\" is not a bandwidth; write it as Emulab does, e.g. 100Mb"), e.problem());
    }

    @Test
    void execOpenSocketAndFileAreRefused(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("pwned");
        for (String hostile : new String[] {"exec touch " + marker, "set f [open " + marker + " w]", "socket 127.0.0.1 9", "file delete " + marker,
                "load /lib/x86_64-linux-gnu/libc.so.6", "glob /etc/*"}) {
            NsFileException e = refusedText(hostile + "\n");
            assertEquals(3, e.line(), hostile);
            assertTrue(e.problem().contains("is not allowed in an NS file"), e.problem());
        }
        assertTrue(!Files.exists(marker), "nothing the file asked for happened");
    }

    @Test
    void onlyEmulabsOwnSourceLineIsAllowedAndTheEnvironmentIsNotThere() {
        NsFileException e = refusedText("source /etc/passwd\n");
        assertEquals(3, e.line());
        assertTrue(e.problem().startsWith("source /etc/passwd is not allowed: an NS file may only source tb_compat.tcl"), e.problem());
        NsFileException env = refusedText("set home $env(HOME)\n");
        assertTrue(env.problem().startsWith("set: can't read \"env(HOME)\""), env.problem());
        NsFileException hidden = refusedText("interp invokehidden {} exec ls\n");
        assertTrue(hidden.problem().contains("not allowed") || hidden.problem().contains("not permitted"), hidden.problem());
    }

    @Test
    void anEndlessLoopIsStoppedWithAClearMessage() {
        long start = System.nanoTime();
        NsFileException e = assertThrows(NsFileException.class, () -> new NsImport(new TclSandbox.Limits(1, 256L << 20, 1000, 1 << 20, 1 << 20))
                .read("forever.ns", "set ns [new Simulator]\nwhile 1 {}\n"));
        assertTrue(e.problem().contains("was still running (an endless loop?)"), e.problem());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "stopped long before a test runner would give up");
    }

    @Test
    void aMemoryBombIsStopped() {
        NsFileException e = assertThrows(NsFileException.class, () -> new NsImport(new TclSandbox.Limits(20, 128L << 20, 1000, 1 << 20, 1 << 20))
                .read("bomb.ns", "set ns [new Simulator]\nset x [string repeat abcdefgh 100000000]\n"));
        assertTrue(e.problem().contains("128 MB") || e.problem().contains("memory"), e.problem());
    }

    @Test
    void tooManyElementsAreRefusedBeforeTheyExhaustTheConsole() {
        NsFileException e = assertThrows(NsFileException.class, () -> new NsImport(new TclSandbox.Limits(10, 256L << 20, 100, 1 << 20, 1 << 20))
                .read("many.ns", "set ns [new Simulator]\nfor {set i 0} {$i < 1000} {incr i} { set n($i) [$ns node] }\n"));
        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("more than 100 objects"), e.problem());
    }
}
