# s0 title (alleviates bone loss in a periodontitis model = TREATS; no giving word: no TI; "regulating" neutral; ratio no relation)
E | t_art | COMPOUND | Artesunate | -
E | t_rat | ORGANISM | rats | -
E | t_pd | DISEASE | periodontitis | -
E | t_il1b | GENE | IL-1β | -
E | t_rankl | GENE | RANKL | -
E | t_opg | GENE | OPG | -
R | TREATS | t_art | t_pd
# s1 background ("chronic inflammatory disease": generic class, not annotated)
E | a_pd | DISEASE | Periodontitis | -
# s2 (anti-inflammatory: no disease)
E | b_art | COMPOUND | Artesunate | -
E | b_ART | COMPOUND | ART | -
E | b_artm | COMPOUND | artemisinin | -
# s3 aim (the effect of X on ... in rats = TI; aim is not a TREATS claim)
E | c_ART | COMPOUND | ART | -
E | c_pd | DISEASE | periodontitis | -
E | c_rat | ORGANISM | rats | -
R | TI | c_ART | c_rat
# s4 groups (ART-L/M/H are coded group labels: not annotated; doses therefore unlinked)
E | d_rat | ORGANISM | Sprague-Dawley rats | -
E | d_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | d_c2 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
E | d_c3 | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
E | d_rat2 | ORGANISM | rats | -
# s5 (4 weeks is the ligature time; ART clause names no system; "normal|saline" broken by line break: not annotated, see NOTES)
E | e_pd | DISEASE | Periodontitis | -
E | e_d | DURATION | 4 weeks | -
E | e_ART | COMPOUND | ART | -
# s6 nothing
# s7 measurements
E | f_il1b | GENE | IL-1β | -
E | f_tnf | GENE | TNF-α | -
E | f_rankl | GENE | RANKL | -
E | f_opg | GENE | OPG | -
# s8 (agents are coded labels ART-M/ART-H: no relation)
E | g_trap | GENE | TRAP | -
E | g_oc | CELL_TYPE | osteoclasts | -
# s9 (ratio: no relation)
E | h_ART | COMPOUND | ART | -
E | h_il1b | GENE | IL-1β | -
E | h_tnf | GENE | TNF-α | -
E | h_rankl | GENE | RANKL | -
E | h_rankl2 | GENE | RANKL | -
E | h_opg | GENE | OPG | -
R | DOWN | h_ART | h_il1b
R | DOWN | h_ART | h_tnf
R | DOWN | h_ART | h_rankl
# s10 (ART-treated rats: TI; the no-change finding itself gives nothing)
E | i_ART | COMPOUND | ART@1677 | -
E | i_rat | ORGANISM | rats | -
R | TI | i_ART | i_rat
# s11 conclusion (inhibiting bone resorption in periodontitis = TREATS; ratio no relation)
E | j_art | COMPOUND | artesunate | -
E | j_pd | DISEASE | periodontitis | -
E | j_rankl | GENE | RANKL | -
E | j_opg | GENE | OPG | -
R | TREATS | j_art | j_pd
