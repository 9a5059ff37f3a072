# Evaluates an Emulab NS file in a safe Tcl interpreter and prints what it describes.
#   tclsh ns-sandbox.tcl EMULATION.tcl SECONDS MAX_ELEMENTS < NSFILE
# The NS file runs in a child made with 'interp create -safe': no exec, open, socket, file, glob,
# load or env; 'source' only for Emulab's own tb_compat.tcl line; a wall-clock limit of SECONDS.
# Output, one record a line, fields separated by tabs (\\ \t \n \r escaped):
#   R <record fields...>        what the file built (see ns-emulation.tcl, ::pb::report)
#   E <line> <message>          the file failed; nothing else counts
#   OK                          the file was read to its end
# The caller adds what a Tcl interpreter cannot: an address-space limit and a kill after the deadline.

proc field {text} {
    return [string map [list \\ \\\\ \t \\t \n \\n \r \\r] $text]
}

proc emit {kind fields} {
    set line $kind
    foreach f $fields {
        append line \t [field $f]
    }
    puts stdout $line
}

# Tcl's own messages, with the fix a user needs.
proc explain {child message} {
    if {[regexp {^can't read "([^"(]+)(\([^)]*\))?": no such (variable|element in array)} $message -> name index]} {
        set known [interp eval $child {info globals}]
        set near [closest $name $known]
        set hint [expr {[llength $near] ? " (did you mean \$[join [lrange $near 0 2] { or $}]?)" : ""}]
        return "$message$hint: set $name before this line uses it"
    }
    if {[regexp {^invalid command name "([^"]+)"} $message -> name]} {
        if {$name in {exec open socket file glob load cd pwd exit fconfigure encoding interp fcopy close read gets puts seek}} {
            return "$name is not allowed in an NS file: Patchbay evaluates NS files in a safe interpreter, without programs, files, sockets or the environment; remove the $name command"
        }
        return "$message: check its spelling (NS commands are \$ns node, \$ns duplex-link, \$ns make-lan, tb-set-...)"
    }
    if {[string match "missing close-*" $message] || [string match "missing \"" $message] || [string match "extra characters after close-*" $message]} {
        return "$message in the command that starts on this line: every \[ needs a \], every \{ a \} and every \" a closing \""
    }
    return $message
}

# The message prefixed with the NS command that failed, as the innermost "while executing" shows it:
# "tb-set-link-loss: can't read ..." ($ns methods by their method name).
proc named {errorinfo message} {
    if {![regexp {while executing\n"([^\n]*)} $errorinfo -> command]} {
        return $message
    }
    set words [regexp -all -inline {\S+} $command]
    set name [lindex $words 0]
    if {[string match {$*} $name] && [llength $words] > 1} {
        set name [lindex $words 1]
    }
    if {$name eq "" || [string match {$*} $name] || [string match {\[*} $name] || [string match "$name:*" $message]} {
        return $message
    }
    return "$name: $message"
}

# The names in candidates nearest to name (edit distance at most 2), nearest first.
proc closest {name candidates} {
    set scored {}
    foreach c $candidates {
        set d [distance $name $c]
        if {$d <= 2 && $c ne $name} {
            lappend scored [list $d $c]
        }
    }
    set near {}
    foreach pair [lsort -integer -index 0 [lsort -index 1 $scored]] {
        lappend near [lindex $pair 1]
    }
    return $near
}

proc distance {a b} {
    set la [string length $a]
    set lb [string length $b]
    if {abs($la - $lb) > 2} {
        return 3
    }
    set previous {}
    for {set j 0} {$j <= $lb} {incr j} {
        lappend previous $j
    }
    for {set i 1} {$i <= $la} {incr i} {
        set current [list $i]
        for {set j 1} {$j <= $lb} {incr j} {
            set cost [expr {[string index $a [expr {$i - 1}]] eq [string index $b [expr {$j - 1}]] ? 0 : 1}]
            lappend current [expr {min([lindex $previous $j] + 1, [lindex $current end] + 1, [lindex $previous [expr {$j - 1}]] + $cost)}]
        }
        set previous $current
    }
    return [lindex $previous end]
}

proc fail {line message} {
    emit E [list $line $message]
    flush stdout
    exit 0
}

lassign $argv emulation seconds maxElements
fconfigure stdout -translation lf -encoding utf-8

set child [interp create -safe]
set f [open $emulation r]
fconfigure $f -encoding utf-8
set code [read $f]
close $f
interp eval $child $code
interp eval $child [list ::pb::set ::pb::maxElements $maxElements]

fconfigure stdin -encoding utf-8 -translation auto
set text [read stdin]

set deadline [expr {[clock milliseconds] + int($seconds * 1000)}]
interp limit $child time -seconds [expr {$deadline / 1000}] -milliseconds [expr {$deadline % 1000}] -granularity 1
if {[catch {interp eval $child [list ::pb::evaluate $text]} message options]} {
    if {[string match "*limit exceeded*" $message]} {
        fail 0 "stopped after $seconds s: the file was still running (an endless loop?); an NS file must finish in well under a second"
    }
    set code [dict get $options -errorcode]
    if {[lindex $code 0] eq "PATCHBAY"} {
        fail [lindex $code 1] [explain $child $message]
    }
    # the file runs as the body of one uplevel: its first mention is the line in the file
    set line 0
    regexp {\("uplevel" body line (\d+)\)} [dict get $options -errorinfo] -> line
    fail $line [named [dict get $options -errorinfo] [explain $child $message]]
}
interp limit $child time -seconds {}
if {[catch {interp eval $child ::pb::report} records]} {
    fail 0 $records
}
foreach record $records {
    emit R $record
}
puts stdout OK
flush stdout
