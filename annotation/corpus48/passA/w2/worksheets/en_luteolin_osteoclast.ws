# s0 title (RANKL-induced / LPS-induced: modifiers, no relation; osteoclast inside osteoclastogenesis; shared head "signaling" stays with the last conjunct)
E | t_lut | COMPOUND | Luteolin | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | osteoclast | -
E | t_lps | COMPOUND | lipopolysaccharide | -
E | t_nfkb | PATHWAY | NF-κB | -
E | t_nfat | PATHWAY | NFATc1 signaling | -
R | DOWN | t_lut | t_oc
R | DOWN | t_lut | t_nfkb
R | DOWN | t_lut | t_nfat
# s1 Background (inflammatory bone loss: a process, not a DISEASE; osteoclast formation driven by RANKL = background mechanism -> UP long form)
E | a_oc | CELL_TYPE | osteoclast | -
E | a_rankll | GENE | receptor activator of nuclear factor-κB ligand | -
E | a_rankl | GENE | RANKL | -
R | UP | a_rankll | a_oc
# s2 (flavone: appositive descriptor; plant sources)
E | b_lut | COMPOUND | Luteolin | -
E | b_cel | ORGANISM | celery | -
E | b_par | ORGANISM | parsley | -
E | b_lj | ORGANISM | Lonicera japonica | -
# s3 Purpose (study aim: TI to osteoclast and mice; LPS-induced bone loss: modifier of a process, no TI for LPS)
E | c_lut | COMPOUND | luteolin | -
E | c_oc | CELL_TYPE | osteoclast | -
E | c_lpsl | COMPOUND | lipopolysaccharide | -
E | c_lps | COMPOUND | LPS | -
E | c_mice | ORGANISM | mice | -
R | TI | c_lut | c_oc
R | TI | c_lut | c_mice
# s4 Methods (named cell line + "in the presence of" = exposure; RANKL GENE, amount unlinked)
E | d_raw | CELL_LINE | RAW 264.7 | -
E | d_rankl | GENE | RANKL | -
E | d_c1 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | d_lut | COMPOUND | luteolin | -
E | d_c2 | CONCENTRATION | 1.25, 2.5, 5 and 10 μM | - | 1.25,2.5,5,10 umol/L
E | d_d | DURATION | 5 days | -
R | TI | d_lut | d_raw
R | CONC | d_lut | d_c2
R | DUR | d_lut | d_d
# s5 assays
E | e_trapl | GENE | Tartrate-resistant acid phosphatase | -
E | e_trap | GENE | TRAP | -
E | e_fact | GENE | F-actin | -
# s6 (received = giving; group labels: names inside annotated, each luteolin arm TI + its dose; group-label LPS mentions: model stimulus, TI only from "received"; 8 days: one link per compound, nearest mention)
E | f_mice | ORGANISM | C57BL/6 mice | -
E | f_lps1 | COMPOUND | LPS | -
E | f_c1 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | f_lps2 | COMPOUND | LPS | -
E | f_lps3 | COMPOUND | LPS | -
E | f_lut1 | COMPOUND | luteolin | -
E | f_c2 | CONCENTRATION | 10 mg/kg/day | - | 10 mg/kg/d
E | f_lps4 | COMPOUND | LPS | -
E | f_lut2 | COMPOUND | luteolin | -
E | f_c3 | CONCENTRATION | 20 mg/kg/day | - | 20 mg/kg/d
E | f_d | DURATION | 8 days | -
R | TI | f_lps1 | f_mice
R | CONC | f_lps1 | f_c1
R | TI | f_lut1 | f_mice
R | CONC | f_lut1 | f_c2
R | TI | f_lut2 | f_mice
R | CONC | f_lut2 | f_c3
R | DUR | f_lut2 | f_d
R | DUR | f_lps4 | f_d
# s7 (TRAP-positive multinucleated cells = osteoclast-like cell type, DOWN; cytotoxicity clause negated, concentration kept; percentages are results)
E | g_lut | COMPOUND | Luteolin | -
E | g_trap | GENE | TRAP | -
E | g_mnc | CELL_TYPE | multinucleated cells | -
E | g_c1 | CONCENTRATION | 5 and 10 μM | - | 5,10 umol/L
E | g_c2 | CONCENTRATION | 20 μM | - | 20 umol/L
E | g_fos | GENE | c-Fos | -
E | g_nfat | GENE | NFATc1 | -
E | g_ctsk | GENE | cathepsin K | -
E | g_dcs | GENE | DC-STAMP | -
R | DOWN | g_lut | g_mnc
R | CONC | g_lut | g_c1
R | CONC | g_lut | g_c2
R | DOWN | g_lut | g_fos
R | DOWN | g_lut | g_nfat
R | DOWN | g_lut | g_ctsk
R | DOWN | g_lut | g_dcs
# s8 ("It": no mention of the agent in this sentence -> no relation; p38 negated)
E | h_rankl | GENE | RANKL | -
E | h_ikb | GENE | IκBα | -
E | h_p65 | GENE | p65 | -
E | h_erk | GENE | ERK | -
E | h_jnk | GENE | JNK | -
E | h_p38 | GENE | p38 | -
# s9 (lowered osteoclast surface -> DOWN osteoclast; the 10 mg/kg/day dose of the nearest luteolin)
E | i_lut | COMPOUND | luteolin | -
E | i_c1 | CONCENTRATION | 20 mg/kg/day | - | 20 mg/kg/d
E | i_oc | CELL_TYPE | osteoclast | -
E | i_tracp | GENE | TRACP-5b | -
E | i_c2 | CONCENTRATION | 10 mg/kg/day | - | 10 mg/kg/d
R | CONC | i_lut | i_c1
R | DOWN | i_lut | i_oc
R | DOWN | i_lut | i_tracp
R | CONC | i_lut | i_c2
# s10 Conclusion ("through the axis" = via: no relation; inflammatory bone loss not a DISEASE)
E | j_lut | COMPOUND | Luteolin | -
E | j_oc | CELL_TYPE | osteoclast | -
E | j_axis | PATHWAY | NF-κB/c-Fos/NFATc1 axis | -
R | DOWN | j_lut | j_oc
