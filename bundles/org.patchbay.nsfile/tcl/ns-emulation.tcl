# Emulab's NS dialect, for Patchbay: ns-2's Simulator and the testbed's tb-* commands, made to
# record what they describe instead of simulating it. Runs inside a safe interpreter
# (ns-sandbox.tcl); ::pb::report hands the result to the console as a list of records.
namespace eval ::pb {
    variable maxElements 100000
    variable seq 0
    variable kind           ;# object -> Simulator Node Link Lan SimplexLink LanLink Queue Program Agent Traffic EventGroup
    variable props          ;# object,key -> value
    variable named          ;# object -> first variable that held it (Emulab's naming)
    variable order {}       ;# objects in creation order
    variable records {}     ;# settings in the order the file made them
    variable events {}      ;# {time object verb args line}
    variable warnings {}    ;# {line text}
    variable created 0
    variable baseLevel 0
}

# The built-in set, kept for our own code; the file's 'set' names objects after the first variable
# that holds them, as Emulab does (nodes(3) -> nodes-3).
rename ::set ::pb::set
proc ::set {args} {
    if {[llength $args] == 2} {
        ::pb::set value [lindex $args 1]
        if {[info exists ::pb::kind($value)] && ![info exists ::pb::named($value)]} {
            ::pb::set ::pb::named($value) [::pb::vname [lindex $args 0]]
        }
    }
    tailcall ::pb::set {*}$args
}

proc ::pb::vname {var} {
    set var [regsub {^::} $var {}]
    return [string map {( - ) {}} $var]
}

# The line of the file the current command came from: the innermost frame, above the file's own
# evaluation, that is the file's text or a procedure the file defined.
proc ::pb::line {} {
    variable baseLevel
    for {set level [expr {[info frame] - 1}]} {$level > $baseLevel} {incr level -1} {
        set frame [info frame $level]
        # the file's own commands are evaluated text; a procedure the file defined is not one of ours
        set user [expr {[dict get $frame type] eq "eval" || ([dict exists $frame proc] && ![ours [dict get $frame proc]])}]
        if {$user && [dict exists $frame line]} {
            return [dict get $frame line]
        }
    }
    return 0
}

proc ::pb::ours {procedure} {
    return [expr {[string match ::pb::* $procedure] || [string match ::tb-* $procedure] || [string match ::_o* $procedure]
                  || $procedure in {::new ::set ::unknown ::source}}]
}

proc ::pb::fail {message} {
    return -code error -level 2 -errorcode [list PATCHBAY [line]] $message
}

proc ::pb::warn {message} {
    variable warnings
    lappend warnings [list [line] $message]
}

proc ::pb::object {type} {
    variable seq
    variable kind
    variable order
    variable created
    variable maxElements
    if {[incr created] > $maxElements} {
        fail "more than $maxElements objects: Patchbay opens topologies of at most $maxElements elements"
    }
    set id _o[incr seq]
    set kind($id) $type
    lappend order $id
    proc ::$id {method args} "::pb::dispatch $id \$method \$args"
    return $id
}

proc ::pb::dispatch {id method arguments} {
    variable kind
    set type $kind($id)
    if {[info commands ::pb::${type}::$method] eq ""} {
        if {$method eq "set" || $method eq "get"} {
            fail "$type [name $id] has no setting [lindex $arguments 0]"
        }
        fail "$type [name $id] has no method '$method'"
    }
    tailcall ::pb::${type}::$method $id {*}$arguments
}

proc ::pb::is {id type} {
    variable kind
    return [expr {[info exists kind($id)] && $kind($id) in $type}]
}

# An argument that must be an object of one of the types; names the argument when it is not.
proc ::pb::need {value type what} {
    variable kind
    if {[info exists kind($value)] && $kind($value) in $type} {
        return $value
    }
    if {[info exists kind($value)]} {
        return -code error -level 2 -errorcode [list PATCHBAY [line]] "$what: [name $value] is a $kind($value), not a [join $type { or }]"
    }
    return -code error -level 2 -errorcode [list PATCHBAY [line]] "$what: \"$value\" is not a [join $type { or }]; pass one made by the file, e.g. \$n0 from set n0 \[\$ns node\]"
}

proc ::pb::prop {id key args} {
    variable props
    if {[llength $args]} {
        set props($id,$key) [lindex $args 0]
    }
    if {[info exists props($id,$key)]} {
        return $props($id,$key)
    }
    return ""
}

proc ::pb::record {args} {
    variable records
    lappend records $args
}

# ---- objects ------------------------------------------------------------------------------

proc ::new {class args} {
    switch -glob -- $class {
        Simulator { return [::pb::object Simulator] }
        Program {
            ::pb::set p [::pb::object Program]
            ::pb::prop $p line [::pb::line]
            return $p
        }
        EventGroup { return [::pb::object EventGroup] }
        Agent/UDP - Agent/TCP - Agent/TCP/* - Agent/Null - Agent/TCPSink - Agent/TCPSink/* {
            ::pb::set a [::pb::object Agent]
            ::pb::prop $a class $class
            return $a
        }
        Application/Traffic/CBR {
            ::pb::set t [::pb::object Traffic]
            ::pb::prop $t packetSize_ 210
            ::pb::prop $t rate_ 448Kb
            ::pb::prop $t line [::pb::line]
            return $t
        }
        Application/* - Agent/* {
            ::pb::warn "$class is not run by Patchbay (only CBR over UDP or TCP is); it is ignored"
            ::pb::set o [::pb::object Ignored]
            ::pb::prop $o class $class
            return $o
        }
        default { ::pb::fail "new $class: Patchbay knows Simulator, Program, EventGroup, Agent/UDP, Agent/TCP, Agent/Null, Agent/TCPSink and Application/Traffic/CBR" }
    }
}

namespace eval ::pb::Ignored { namespace path ::pb }
proc ::pb::Ignored::set {id args} { return "" }
proc ::pb::Ignored::attach-agent {id args} { return "" }
proc ::pb::Ignored::start {id args} { return "" }
proc ::pb::Ignored::stop {id args} { return "" }

namespace eval ::pb::Simulator { namespace path ::pb }

proc ::pb::Simulator::node {ns args} {
    set n [::pb::object Node]
    ::pb::prop $n line [::pb::line]
    ::pb::record node $n
    return $n
}

proc ::pb::Simulator::duplex-link {ns a b bw delay {queue DropTail} args} {
    ::pb::need $a Node duplex-link
    ::pb::need $b Node duplex-link
    if {$a eq $b} {
        ::pb::fail "duplex-link: both ends are [::pb::name $a]; link two different nodes"
    }
    set l [::pb::object Link]
    foreach {k v} [list a $a b $b bw $bw delay $delay queue [::pb::queueKind $queue] line [::pb::line]] {
        ::pb::prop $l $k $v
    }
    ::pb::record link $l
    return $l
}

proc ::pb::queueKind {queue} {
    switch -- $queue {
        DropTail - RED - GRED { return $queue }
        default {
            ::pb::warn "queue type $queue is not modelled; DropTail is used"
            return DropTail
        }
    }
}

proc ::pb::Simulator::simplex-link {ns args} {
    ::pb::fail "simplex-link: Emulab links are duplex; use duplex-link (and tb-set-link-simplex-params for one direction)"
}

proc ::pb::lanMembers {what nodelist} {
    set members {}
    foreach m $nodelist {
        ::pb::need $m Node $what
        if {$m ni $members} {
            lappend members $m
        }
    }
    if {[llength $members] < 1} {
        return -code error -level 2 -errorcode [list PATCHBAY [::pb::line]] "$what: no nodes; give a list such as \"\$n0 \$n1 \$n2\""
    }
    return $members
}

proc ::pb::Simulator::make-lan {ns nodelist bw delay args} {
    return [::pb::lan make-lan 0 $nodelist $bw $delay]
}

proc ::pb::Simulator::make-cloud {ns nodelist bw delay args} {
    return [::pb::lan make-cloud 1 $nodelist $bw $delay]
}

proc ::pb::lan {what cloud nodelist bw delay} {
    set lan [object Lan]
    foreach {k v} [list members [lanMembers $what $nodelist] bw $bw delay $delay cloud $cloud line [line]] {
        prop $lan $k $v
    }
    record lan $lan
    return $lan
}

# The duplex link between two nodes, in the direction a -> b (ns-2's [$ns link $a $b]).
proc ::pb::Simulator::link {ns a b} {
    ::pb::need $a Node link
    ::pb::need $b Node link
    foreach l $::pb::order {
        if {[::pb::is $l Link]} {
            set ends [list [::pb::prop $l a] [::pb::prop $l b]]
            if {$ends eq [list $a $b] || $ends eq [list $b $a]} {
                set s [::pb::object SimplexLink]
                ::pb::prop $s link $l
                return $s
            }
        }
    }
    ::pb::fail "link: there is no duplex-link between [::pb::name $a] and [::pb::name $b]; make it first"
}

proc ::pb::Simulator::lanlink {ns lan node} {
    ::pb::need $lan Lan lanlink
    ::pb::need $node Node lanlink
    if {$node ni [::pb::prop $lan members]} {
        ::pb::fail "lanlink: [::pb::name $node] is not a member of [::pb::name $lan]"
    }
    set s [::pb::object LanLink]
    ::pb::prop $s link $lan
    ::pb::prop $s node $node
    return $s
}

proc ::pb::Simulator::queue-limit {ns a b limit} {
    set s [::pb::Simulator::link $ns $a $b]
    ::pb::queueSetting [::pb::prop $s link] limit_ $limit
}

proc ::pb::Simulator::rtproto {ns protocol args} {
    if {$protocol ni {Static Session Manual}} {
        ::pb::fail "rtproto $protocol: use Static, Session or Manual"
    }
    ::pb::record rtproto $protocol
}

proc ::pb::Simulator::at {ns time event} {
    if {![string is double -strict $time] || $time < 0} {
        ::pb::fail "at: \"$time\" is not a time; give seconds from the start, e.g. \$ns at 10.5 \"\$link0 down\""
    }
    lappend ::pb::events [list $time $event [::pb::line]]
}

proc ::pb::Simulator::attach-agent {ns node agent} {
    ::pb::need $node Node attach-agent
    if {[::pb::is $agent Ignored]} {
        return
    }
    ::pb::need $agent Agent attach-agent
    ::pb::prop $agent node $node
}

proc ::pb::Simulator::connect {ns source sink} {
    if {[::pb::is $source Ignored] || [::pb::is $sink Ignored]} {
        return
    }
    ::pb::need $source Agent connect
    ::pb::need $sink Agent connect
    ::pb::prop $source peer $sink
}

proc ::pb::Simulator::event-group {ns args} {
    return [::pb::object EventGroup]
}

proc ::pb::Simulator::run {ns args} { return "" }
proc ::pb::Simulator::halt {ns args} { return "" }
proc ::pb::Simulator::now {ns args} { return 0 }

# ns-2 simulation controls that mean nothing on a testbed: accepted with a warning.
foreach method {duplex-link-op simplex-link-op trace-all namtrace-all trace-queue namtrace-queue color flush-trace cost use-scheduler
                set-animation-rate monitor-queue multicast mrtproto} {
    proc ::pb::Simulator::$method {ns args} "::pb::warn {\$ns $method is for the ns-2 simulator and has no effect on a testbed; ignored}"
}

namespace eval ::pb::Node { namespace path ::pb }
proc ::pb::Node::program-agent {node args} {
    set p [::pb::object Program]
    ::pb::prop $p node $node
    ::pb::prop $p line [::pb::line]
    foreach {option value} $args {
        switch -- $option {
            -command { ::pb::prop $p command $value }
            -dir - -timeout - -expected-run-time - -tag { }
            default { ::pb::fail "program-agent: unknown option $option; use -command \"...\"" }
        }
    }
    return $p
}
foreach method {color shape label label-color add-mark delete-mark} {
    proc ::pb::Node::$method {node args} "::pb::warn {$method is for the nam animator; ignored}"
}
proc ::pb::Node::add-route {node args} {
    ::pb::warn "add-route: routes come from rtproto in Patchbay; ignored"
}

namespace eval ::pb::Link { namespace path ::pb }
proc ::pb::Link::queue {link} {
    set q [::pb::object Queue]
    ::pb::prop $q of $link
    return $q
}
namespace eval ::pb::SimplexLink { namespace path ::pb }
proc ::pb::SimplexLink::queue {s} {
    set q [::pb::object Queue]
    ::pb::prop $q of [::pb::prop $s link]
    return $q
}
namespace eval ::pb::LanLink { namespace path ::pb }
proc ::pb::LanLink::queue {s} {
    set q [::pb::object Queue]
    ::pb::prop $q of [::pb::prop $s link]
    return $q
}

namespace eval ::pb::Queue { namespace path ::pb }
proc ::pb::Queue::set {q key value} {
    ::pb::queueSetting [::pb::prop $q of] $key $value
}
proc ::pb::queueSetting {target key value} {
    switch -- $key {
        limit_ - queue-in-bytes_ - thresh_ - maxthresh_ - q_weight_ - linterm_ - gentle_ - red_ {
            if {![string is double -strict $value]} {
                ::pb::fail "queue $key: \"$value\" is not a number"
            }
            ::pb::record queue $target $key $value
        }
        mean_pktsize_ - wait_ - setbit_ - drop-tail_ - drop-front_ - drop-rand_ - ns1-compat_ - bytes_ {
            ::pb::warn "queue $key is not modelled; ignored"
        }
        default { ::pb::fail "queue has no setting $key; Patchbay knows limit_, queue-in-bytes_, thresh_, maxthresh_, q_weight_, linterm_, gentle_" }
    }
}

namespace eval ::pb::Program { namespace path ::pb }
proc ::pb::Program::set {p key value} {
    switch -- $key {
        node { ::pb::need $value Node "program set node"; ::pb::prop $p node $value }
        command { ::pb::prop $p command $value }
        dir - timeout - expected-run-time - tag { }
        default { ::pb::fail "Program has no setting $key; use node or command" }
    }
}

namespace eval ::pb::Agent { namespace path ::pb }
proc ::pb::Agent::set {a key value} {
    # transport tuning (window_, packetSize_, fid_) is the kernel's business on a testbed
    ::pb::prop $a $key $value
}

namespace eval ::pb::Traffic { namespace path ::pb }
proc ::pb::Traffic::set {t key value} {
    switch -- $key {
        packetSize_ - rate_ - interval_ { ::pb::prop $t $key $value }
        random_ - maxpkts_ { }
        default { ::pb::fail "Application/Traffic/CBR has no setting $key; use packetSize_, rate_ or interval_" }
    }
}
proc ::pb::Traffic::attach-agent {t agent} {
    ::pb::need $agent Agent attach-agent
    ::pb::prop $t agent $agent
}

namespace eval ::pb::EventGroup { namespace path ::pb }
proc ::pb::EventGroup::add {g args} {
    foreach member $args {
        if {![::pb::is $member {Link Lan Program Traffic Node}]} {
            ::pb::fail "event-group add: \"$member\" is not a link, LAN, program or traffic generator"
        }
        ::pb::prop $g members [concat [::pb::prop $g members] [list $member]]
    }
}

# ---- testbed commands -----------------------------------------------------------------------

proc ::pb::tb {command args} {
    ::pb::record {*}$args
}

proc ::tb-set-ip {node ip} {
    ::pb::need $node Node tb-set-ip
    ::pb::record ip $node "" $ip
}
proc ::tb-set-ip-link {node link ip} {
    ::pb::need $node Node tb-set-ip-link
    ::pb::need $link Link tb-set-ip-link
    if {$node ni [list [::pb::prop $link a] [::pb::prop $link b]]} {
        ::pb::fail "tb-set-ip-link: [::pb::name $node] is not an end of [::pb::name $link]"
    }
    ::pb::record ip $node $link $ip
}
proc ::tb-set-ip-lan {node lan ip} {
    ::pb::need $node Node tb-set-ip-lan
    ::pb::need $lan Lan tb-set-ip-lan
    if {$node ni [::pb::prop $lan members]} {
        ::pb::fail "tb-set-ip-lan: [::pb::name $node] is not a member of [::pb::name $lan]"
    }
    ::pb::record ip $node $lan $ip
}
proc ::tb-set-ip-interface {node dest ip} {
    ::pb::need $node Node tb-set-ip-interface
    ::pb::need $dest Node tb-set-ip-interface
    foreach l $::pb::order {
        if {[::pb::is $l Link]} {
            ::pb::set ends [list [::pb::prop $l a] [::pb::prop $l b]]
            if {$ends eq [list $node $dest] || $ends eq [list $dest $node]} {
                ::pb::record ip $node $l $ip
                return
            }
        }
    }
    ::pb::fail "tb-set-ip-interface: no link joins [::pb::name $node] and [::pb::name $dest]"
}
proc ::tb-set-netmask {target mask} {
    ::pb::need $target {Link Lan} tb-set-netmask
    ::pb::record netmask $target $mask
}
proc ::tb-set-hardware {node type args} {
    ::pb::need $node Node tb-set-hardware
    ::pb::record hardware $node $type
}
proc ::tb-set-node-os {node os args} {
    ::pb::need $node Node tb-set-node-os
    ::pb::record os $node $os
}
proc ::tb-fix-node {node physical} {
    ::pb::need $node Node tb-fix-node
    ::pb::record fix $node $physical
}
proc ::tb-set-node-startcmd {node command} {
    ::pb::need $node Node tb-set-node-startcmd
    ::pb::record startcmd $node $command
}
proc ::tb-set-node-tarfiles {node args} {
    ::pb::need $node Node tb-set-node-tarfiles
    if {[llength $args] == 0 || [llength $args] % 2} {
        ::pb::fail "tb-set-node-tarfiles: give pairs of DIRECTORY ARCHIVE, e.g. tb-set-node-tarfiles \$n0 /usr/local /proj/p/x.tar.gz"
    }
    foreach {dir archive} $args {
        ::pb::record tarfile $node $dir $archive
    }
}
proc ::tb-set-link-loss {args} {
    switch -- [llength $args] {
        2 {
            lassign $args link loss
            ::pb::need $link Link tb-set-link-loss
        }
        3 {
            lassign $args a b loss
            ::pb::set link [::pb::prop [::pb::Simulator::link {} $a $b] link]
        }
        default { ::pb::fail "tb-set-link-loss: write tb-set-link-loss \$link 0.01 (or \$src \$dst 0.01)" }
    }
    ::pb::record loss $link $loss
}
proc ::tb-set-lan-loss {lan loss} {
    ::pb::need $lan Lan tb-set-lan-loss
    ::pb::record loss $lan $loss
}
proc ::tb-set-lan-simplex-params {lan node todelay tobw toloss fromdelay frombw fromloss} {
    ::pb::need $lan Lan tb-set-lan-simplex-params
    ::pb::need $node Node tb-set-lan-simplex-params
    ::pb::memberParams tb-set-lan-simplex-params $lan $node [list todelay $todelay tobw $tobw toloss $toloss fromdelay $fromdelay frombw $frombw fromloss $fromloss]
}
proc ::tb-set-node-lan-delay {node lan delay} {
    ::pb::memberParams tb-set-node-lan-delay $lan $node [list todelay $delay fromdelay $delay]
}
proc ::tb-set-node-lan-bandwidth {node lan bw} {
    ::pb::memberParams tb-set-node-lan-bandwidth $lan $node [list tobw $bw frombw $bw]
}
proc ::tb-set-node-lan-loss {node lan loss} {
    ::pb::memberParams tb-set-node-lan-loss $lan $node [list toloss $loss fromloss $loss]
}
proc ::tb-set-node-lan-params {node lan delay bw loss} {
    ::pb::memberParams tb-set-node-lan-params $lan $node [list todelay $delay fromdelay $delay tobw $bw frombw $bw toloss $loss fromloss $loss]
}
proc ::pb::memberParams {what lan node values} {
    ::pb::need $lan Lan $what
    ::pb::need $node Node $what
    if {$node ni [::pb::prop $lan members]} {
        return -code error -level 2 -errorcode [list PATCHBAY [::pb::line]] "$what: [::pb::name $node] is not a member of [::pb::name $lan]"
    }
    foreach {field value} $values {
        ::pb::record member $lan $node $field $value
    }
}

# Testbed commands that only matter to Emulab's own machinery: accepted, said so.
foreach command {tb-set-sync-server tb-use-endnodeshaping tb-force-endnodeshaping tb-set-node-failure-action tb-set-colocate-factor
                 tb-set-uselatestwadata tb-set-usewatunnels tb-set-wasolver-weights tb-set-node-usesharednode tb-set-noshaping
                 tb-set-multiplexed tb-set-vlink-emulation tb-set-endnodeshaping tb-use-ipassign tb-set-ipassign-args tb-set-node-rpms
                 tb-set-dedicated-node tb-set-node-memory-size tb-set-prefer-vnodes tb-set-node-plab-role} {
    proc ::$command {args} "::pb::warn {$command has no effect in Patchbay; ignored}"
}

# Only Emulab's compatibility file may be sourced, and it is ours to provide: nothing is read.
proc ::source {args} {
    if {[llength $args] != 1 || [lindex [split [lindex $args 0] /] end] ne "tb_compat.tcl"} {
        ::pb::fail "source [lindex $args end] is not allowed: an NS file may only source tb_compat.tcl (Emulab's own line); put everything else in this file"
    }
    return ""
}

proc ::unknown {command args} {
    if {[string match tb-* $command]} {
        ::pb::warn "unknown testbed command $command; ignored (check its spelling against Emulab's tb-* commands)"
        return ""
    }
    return -code error -errorcode [list PATCHBAY [::pb::line]] "invalid command name \"$command\""
}

# ---- evaluation and report ------------------------------------------------------------------

proc ::pb::evaluate {text} {
    variable baseLevel [info frame]
    uplevel #0 $text
}

proc ::pb::name {id} {
    variable named
    variable kind
    if {[info exists named($id)]} {
        return $named($id)
    }
    if {[info exists kind($id)]} {
        return "an unnamed [string tolower $kind($id)]"
    }
    return $id
}

# Names for objects no variable held, then unique names; objects by name in the records.
proc ::pb::assignNames {} {
    variable order
    variable named
    variable kind
    set used {}
    set count(Node) 0
    set count(Link) 0
    set count(Lan) 0
    set count(Program) 0
    set count(Traffic) 0
    foreach id $order {
        if {$kind($id) ni {Node Link Lan Program Traffic}} {
            continue
        }
        if {[info exists named($id)]} {
            set name $named($id)
        } else {
            set stem [dict get {Node node Link link Lan lan Program program Traffic traffic} $kind($id)]
            set name $stem[incr count($kind($id))]
            while {[dict exists $used $name]} {
                set name $stem[incr count($kind($id))]
            }
        }
        if {[dict exists $used $name]} {
            set base $name
            set n 2
            while {[dict exists $used $base-$n]} {
                incr n
            }
            set name $base-$n
            warn "two elements would be named $base; the second is $name"
        }
        dict set used $name 1
        set named($id) $name
    }
}

proc ::pb::report {} {
    variable records
    variable order
    variable kind
    variable events
    variable warnings
    assignNames
    set out {}
    foreach r $records {
        set type [lindex $r 0]
        switch -- $type {
            node {
                set id [lindex $r 1]
                lappend out [list node [name $id] [prop $id line]]
            }
            link {
                set l [lindex $r 1]
                lappend out [list link [name $l] [name [prop $l a]] [name [prop $l b]] [prop $l bw] [prop $l delay] [prop $l queue] [prop $l line]]
            }
            lan {
                set l [lindex $r 1]
                set members {}
                foreach m [prop $l members] {
                    lappend members [name $m]
                }
                lappend out [list lan [name $l] [prop $l cloud] [prop $l bw] [prop $l delay] [prop $l line] {*}$members]
            }
            default {
                set fields {}
                foreach f [lrange $r 1 end] {
                    if {[info exists kind($f)]} {
                        lappend fields [name $f]
                    } else {
                        lappend fields $f
                    }
                }
                lappend out [list $type {*}$fields]
            }
        }
    }
    foreach id $order {
        switch -- $kind($id) {
            Program {
                if {[prop $id node] eq ""} {
                    return -code error -errorcode [list PATCHBAY [prop $id line]] "program [name $id] runs on no node; give it one with -command on \$node program-agent, or \$prog set node \$n0"
                }
                lappend out [list program [name $id] [name [prop $id node]] [prop $id command] [prop $id line]]
            }
            Traffic {
                set agent [prop $id agent]
                if {$agent eq "" || [prop $agent node] eq "" || [prop $agent peer] eq "" || [prop [prop $agent peer] node] eq ""} {
                    return -code error -errorcode [list PATCHBAY [prop $id line]] "traffic [name $id] is not wired: attach it to an agent on a node (\$cbr attach-agent \$udp, \$ns attach-agent \$n0 \$udp) and connect that agent to a sink (\$ns connect \$udp \$null)"
                }
                set protocol [expr {[string match Agent/TCP* [prop $agent class]] ? "tcp" : "udp"}]
                lappend out [list traffic [name $id] $protocol [name [prop $agent node]] [name [prop [prop $agent peer] node]] \
                    [prop $id packetSize_] [prop $id rate_] [prop $id interval_] [prop $id line]]
            }
        }
    }
    foreach e $events {
        lassign $e time text line
        if {[catch {llength $text}] || [llength $text] == 0} {
            lappend warnings [list $line "event \"$text\" is not a command; ignored"]
            continue
        }
        set target [lindex $text 0]
        set verb [lindex $text 1]
        set targets [list $target]
        if {[info exists kind($target)] && $kind($target) eq "EventGroup"} {
            set targets [prop $target members]
        }
        if {![info exists kind($target)] || $kind($target) in {Simulator Ignored}} {
            lappend warnings [list $line "event \"$text\" at $time s is not a testbed event (a link, LAN, program or traffic generator followed by what to do); ignored"]
            continue
        }
        foreach t $targets {
            lappend out [list event $time $kind($t) [name $t] $verb [lrange $text 2 end] $line]
        }
    }
    foreach w $warnings {
        lappend out [list warning {*}$w]
    }
    return $out
}
