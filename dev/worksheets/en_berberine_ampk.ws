# title (bone loss is a process: no TREATS; no giving word: no TESTED_IN)
E | t_b | COMPOUND | Berberine | pubchem:2353
E | t_rats | ORGANISM | ovariectomized rats | ncbitaxon:10116
E | t_ampk | GENE | AMP-activated protein kinase
R | UP | t_b | t_ampk
# S1 Objective ("whether ... protects": a question, no TREATS; no system in the aim)
E | a_b | COMPOUND | berberine | pubchem:2353
E | a_bbr | COMPOUND | BBR | pubchem:2353
E | a_cc | ORGANISM | Coptis chinensis
E | a_est | COMPOUND | estrogen
E | a_op | DISEASE | osteoporosis | mesh:D010024
E | a_ampk_l | GENE | AMP-activated protein kinase
E | a_ampk | GENE | AMPK
# S2 Methods (group allocation; OVX procedure and coded labels not annotated)
E | b_rats | ORGANISM | Sprague-Dawley rats | ncbitaxon:10116
E | b_bbr | COMPOUND | BBR | pubchem:2353
E | b_c1 | CONCENTRATION | 50 or 100 mg·kg⁻¹·d⁻¹ | - | 50,100 mg/kg/d
E | b_ev_l | COMPOUND | estradiol valerate
E | b_ev | COMPOUND | EV
E | b_c2 | CONCENTRATION | 0.8 mg/kg/d | - | 0.8 mg/kg/d
R | TI | b_bbr | b_rats
R | TI | b_ev_l | b_rats
R | CONC | b_bbr | b_c1
R | CONC | b_ev_l | b_c2
# S3 date: nothing. S4: Drugs generic, duration unlinked
E | c_d | DURATION | 12 weeks
# S5
E | d_ob | CELL_TYPE | osteoblasts
E | d_ampk | GENE | AMPK
E | d_cc | COMPOUND | Compound C
E | d_c2 | CONCENTRATION | 10 μM | - | 10 umol/L
E | d_d1 | DURATION | 1 h
E | d_bbr | COMPOUND | BBR | pubchem:2353
E | d_c1 | CONCENTRATION | 1–10 μg/mL | - | 1,10 ug/mL
E | d_d2 | DURATION | 48 h
R | DOWN | d_cc | d_ampk
R | TI | d_cc | d_ob
R | CONC | d_cc | d_c2
R | DUR | d_cc | d_d1
R | TI | d_bbr | d_ob
R | CONC | d_bbr | d_c1
R | DUR | d_bbr | d_d2
# S6 Results
E | e_bbr | COMPOUND | BBR | pubchem:2353
E | e_c | CONCENTRATION | 100 mg·kg⁻¹·d⁻¹ | - | 100 mg/kg/d
E | e_ocn | GENE | osteocalcin | hgnc:BGLAP
E | e_ctx_l | GENE | C-terminal telopeptide of type I collagen
E | e_ctx | GENE | CTX-I
R | CONC | e_bbr | e_c
R | UP | e_bbr | e_ocn
R | DOWN | e_bbr | e_ctx_l
# S7 negated
E | f_bbr | COMPOUND | BBR | pubchem:2353
# S8 (passive "was suppressed by BBR"; result in osteoblasts: no TESTED_IN)
E | g_ob | CELL_TYPE | osteoblasts
E | g_bbr1 | COMPOUND | BBR | pubchem:2353
E | g_ampk | GENE | AMPK
E | g_runx2 | GENE | Runx2 | hgnc:RUNX2
E | g_opg_l | GENE | osteoprotegerin | hgnc:TNFRSF11B
E | g_opg | GENE | OPG | hgnc:TNFRSF11B
E | g_rankl_l | GENE | receptor activator of nuclear factor-κB ligand | hgnc:TNFSF11
E | g_rankl | GENE | RANKL | hgnc:TNFSF11
E | g_bbr2 | COMPOUND | BBR | pubchem:2353
R | UP | g_bbr1 | g_ampk
R | UP | g_bbr1 | g_runx2
R | UP | g_bbr1 | g_opg_l
R | DOWN | g_bbr2 | g_rankl_l
# S9 (effects abolished by an inhibitor: no relation)
E | h_bbr | COMPOUND | BBR | pubchem:2353
E | h_cc | COMPOUND | Compound C
# S10 (it -> Berberine)
E | i_b | COMPOUND | Berberine | pubchem:2353
E | i_ampk | GENE | AMPK
E | i_ob | CELL_TYPE | osteoblasts
E | i_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
R | UP | i_b | i_ampk
R | TREATS | i_b | i_pmo
