# s0 title (RANKL-/LPS-induced: model stimuli as modifiers, no relation; osteoclast inside osteoclastogenesis; shared head with last conjunct)
E | s0_lut | COMPOUND | Luteolin | -
E | s0_rankl | GENE | RANKL | -
E | s0_oc | CELL_TYPE | osteoclast | -
E | s0_lps | COMPOUND | lipopolysaccharide | -
E | s0_nfkb | PATHWAY | NF-κB | -
E | s0_nfat | PATHWAY | NFATc1 signaling | -
R | DOWN | s0_lut | s0_oc
R | DOWN | s0_lut | s0_nfkb
R | DOWN | s0_lut | s0_nfat
# s1 background (inflammatory bone loss: process, not annotated; RANKL model stimulus written as "driven by": no relation)
E | s1_oc | CELL_TYPE | osteoclast | -
E | s1_rankll | GENE | receptor activator of nuclear factor-κB ligand | -
E | s1_rankl | GENE | RANKL | -
# s2 (flavone: appositive descriptor; food plants as sources)
E | s2_lut | COMPOUND | Luteolin | -
E | s2_cel | ORGANISM | celery | -
E | s2_par | ORGANISM | parsley | -
E | s2_lj | ORGANISM | Lonicera japonica | -
# s3 purpose (study aim: TESTED_IN to osteoclast and mice; LPS-induced bone loss: modifier of a process, no TESTED_IN)
E | s3_lut | COMPOUND | luteolin | -
E | s3_oc | CELL_TYPE | osteoclast | -
E | s3_lpsl | COMPOUND | lipopolysaccharide | -
E | s3_lps | COMPOUND | LPS | -
E | s3_mice | ORGANISM | mice | -
R | TI | s3_lut | s3_oc
R | TI | s3_lut | s3_mice
# s4 methods (in the presence of = exposure; RANKL concentration unlinked)
E | s4_raw | CELL_LINE | RAW 264.7 | -
E | s4_rankl | GENE | RANKL | -
E | s4_c1 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | s4_lut | COMPOUND | luteolin | -
E | s4_c2 | CONCENTRATION | 1.25, 2.5, 5 and 10 μM | - | 1.25,2.5,5,10 umol/L
E | s4_d | DURATION | 5 days | -
R | TI | s4_lut | s4_raw
R | CONC | s4_lut | s4_c2
R | DUR | s4_lut | s4_d
# s5 assays
E | s5_trapl | GENE | Tartrate-resistant acid phosphatase | -
E | s5_trap | GENE | TRAP | -
E | s5_fact | GENE | F-actin | -
# s6 in vivo (received = giving; group labels: each arm TESTED_IN; "days 0 and 4" are time points; 8 days shared by arms: one link per compound, nearest preceding)
E | s6_mice | ORGANISM | C57BL/6 mice | -
E | s6_lps1 | COMPOUND | LPS | -
E | s6_c1 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | s6_lps2 | COMPOUND | LPS | -
E | s6_lps3 | COMPOUND | LPS | -
E | s6_lut1 | COMPOUND | luteolin | -
E | s6_c2 | CONCENTRATION | 10 mg/kg/day | - | 10 mg/kg/d
E | s6_lps4 | COMPOUND | LPS | -
E | s6_lut2 | COMPOUND | luteolin | -
E | s6_c3 | CONCENTRATION | 20 mg/kg/day | - | 20 mg/kg/d
E | s6_d | DURATION | 8 days | -
R | TI | s6_lps1 | s6_mice
R | CONC | s6_lps1 | s6_c1
R | TI | s6_lps2 | s6_mice
R | TI | s6_lps3 | s6_mice
R | TI | s6_lps4 | s6_mice
R | TI | s6_lut1 | s6_mice
R | TI | s6_lut2 | s6_mice
R | CONC | s6_lut1 | s6_c2
R | CONC | s6_lut2 | s6_c3
R | DUR | s6_lut2 | s6_d
R | DUR | s6_lps4 | s6_d
# s7 results (TRAP-positive multinucleated cells: no cell-type mention, no TRAP relation; 20 μM: concentration of luteolin)
E | s7_lut | COMPOUND | Luteolin | -
E | s7_trap | GENE | TRAP | -
E | s7_c1 | CONCENTRATION | 5 and 10 μM | - | 5,10 umol/L
E | s7_c2 | CONCENTRATION | 20 μM | - | 20 umol/L
E | s7_fos | GENE | c-Fos | -
E | s7_nfat | GENE | NFATc1 | -
E | s7_ctsk | GENE | cathepsin K | -
E | s7_dcst | GENE | DC-STAMP | -
R | CONC | s7_lut | s7_c1
R | CONC | s7_lut | s7_c2
R | DOWN | s7_lut | s7_fos
R | DOWN | s7_lut | s7_nfat
R | DOWN | s7_lut | s7_ctsk
R | DOWN | s7_lut | s7_dcst
# s8 ("It": no agent in this sentence: no relation)
E | s8_rankl | GENE | RANKL | -
E | s8_ikba | GENE | IκBα | -
E | s8_p65 | GENE | p65 | -
E | s8_erk | GENE | ERK | -
E | s8_jnk | GENE | JNK | -
E | s8_p38 | GENE | p38 | -
# s9 in vivo results (osteoclast surface lowered = DOWN osteoclast; 10 mg/kg/day dose -> nearest preceding luteolin)
E | s9_lut | COMPOUND | luteolin | -
E | s9_c1 | CONCENTRATION | 20 mg/kg/day | - | 20 mg/kg/d
E | s9_oc | CELL_TYPE | osteoclast | -
E | s9_tracp | GENE | TRACP-5b | -
E | s9_c2 | CONCENTRATION | 10 mg/kg/day | - | 10 mg/kg/d
R | CONC | s9_lut | s9_c1
R | DOWN | s9_lut | s9_oc
R | DOWN | s9_lut | s9_tracp
R | CONC | s9_lut | s9_c2
# s10 conclusion ("through the axis": neutral; inflammatory bone loss not a DISEASE mention)
E | s10_lut | COMPOUND | Luteolin | -
E | s10_oc | CELL_TYPE | osteoclast | -
E | s10_axis | PATHWAY | NF-κB/c-Fos/NFATc1 axis | -
R | DOWN | s10_lut | s10_oc
