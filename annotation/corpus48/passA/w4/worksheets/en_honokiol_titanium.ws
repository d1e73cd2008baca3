# title (prevents osteolysis = TREATS; osteoclast inside osteoclastogenesis; NF-κB without pathway head: GENE; titanium = model material, no relation)
E | t_hkl | COMPOUND | Honokiol | -
E | t_ti | COMPOUND | titanium | -
E | t_ost | DISEASE | osteolysis | -
E | t_mouse | ORGANISM | mouse | -
E | t_oc | CELL_TYPE | osteoclast | -
E | t_nfkb | GENE | NF-κB | -
R | TREATS | t_hkl | t_ost
R | DOWN | t_hkl | t_oc
R | DOWN | t_hkl | t_nfkb
# s1 background
E | a_ppo | DISEASE | periprosthetic osteolysis | -
E | a_al | DISEASE | aseptic loosening | -
# s2 (biphenolic compound: appositive descriptor; plant source)
E | b_hkl | COMPOUND | Honokiol | -
E | b_HKL | COMPOUND | HKL | -
E | b_mo | ORGANISM | Magnolia officinalis | -
# s3 aim without a named system: no TESTED_IN
E | c_hkl | COMPOUND | HKL | -
E | c_ti | COMPOUND | titanium | -
E | c_Ti | COMPOUND | Ti | -
E | c_ost | DISEASE | osteolysis | -
# s4 group allocation (each arm, each compound; PBS vehicle and Ti particles included; Low-HKL/High-HKL are coded labels)
E | d_mice | ORGANISM | C57BL/6 mice | -
E | d_pbs1 | COMPOUND | PBS | -
E | d_ti1 | COMPOUND | Ti | -
E | d_pbs2 | COMPOUND | PBS | -
E | d_ti2 | COMPOUND | Ti | -
E | d_hkl1 | COMPOUND | HKL | -
E | d_c1 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | d_ti3 | COMPOUND | Ti | -
E | d_hkl2 | COMPOUND | HKL | -
E | d_c2 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
R | TI | d_pbs1 | d_mice
R | TI | d_ti1 | d_mice
R | TI | d_pbs2 | d_mice
R | TI | d_ti2 | d_mice
R | TI | d_hkl1 | d_mice
R | TI | d_ti3 | d_mice
R | TI | d_hkl2 | d_mice
R | CONC | d_hkl1 | d_c1
R | CONC | d_hkl2 | d_c2
# s5 (Thirty mg = amount of Ti applied, number written as a word; implanted but no organism named: no TI; 14 days shared by HKL and PBS)
E | e_c | CONCENTRATION | Thirty mg | - | 30 mg
E | e_ti | COMPOUND | Ti | -
E | e_hkl | COMPOUND | HKL | -
E | e_pbs | COMPOUND | PBS | -
E | e_d | DURATION | 14 days | -
R | CONC | e_ti | e_c
R | DUR | e_hkl | e_d
R | DUR | e_pbs | e_d
# s6 (Ti = model material: no regulation)
E | f_ti | COMPOUND | Ti | -
E | f_hkl | COMPOUND | HKL | -
E | f_trap | GENE | TRAP | -
E | f_oc | CELL_TYPE | osteoclasts | -
R | DOWN | f_hkl | f_oc
# s7 (OPG clause negated)
E | g_hkl | COMPOUND | HKL | -
E | g_tnf | GENE | TNF-α | -
E | g_il6 | GENE | IL-6 | -
E | g_rankl | GENE | RANKL | -
E | g_opg | GENE | OPG | -
R | DOWN | g_hkl | g_tnf
R | DOWN | g_hkl | g_il6
R | DOWN | g_hkl | g_rankl
# s8 ("osteoclast formation from RAW264.7 cells" = RAW264.7 differentiating into osteoclasts: link X only; RANKL-induced: model stimulus; no giving word for RAW264.7: no TI)
E | h_hkl | COMPOUND | HKL | -
E | h_c | CONCENTRATION | 1, 2.5 and 5 μM | - | 1,2.5,5 umol/L
E | h_rankl | GENE | RANKL | -
E | h_oc | CELL_TYPE | osteoclast | -
E | h_raw | CELL_LINE | RAW264.7 | -
E | h_nfat | GENE | NFATc1 | -
E | h_fos | GENE | c-Fos | -
E | h_ctsk | GENE | Cathepsin K | -
E | h_nfkb | GENE | NF-κB | -
E | h_p65 | GENE | p65 | -
R | CONC | h_hkl | h_c
R | DOWN | h_hkl | h_raw
R | DOWN | h_hkl | h_nfat
R | DOWN | h_hkl | h_fos
R | DOWN | h_hkl | h_ctsk
R | DOWN | h_hkl | h_p65
# s9 conclusion (it -> honokiol)
E | i_hkl | COMPOUND | honokiol | -
E | i_ti | COMPOUND | Ti | -
E | i_ost | DISEASE | osteolysis | -
E | i_al | DISEASE | aseptic loosening | -
R | TREATS | i_hkl | i_ost
R | TREATS | i_hkl | i_al
