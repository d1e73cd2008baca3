# title
E | t_nar | COMPOUND | Naringin | pubchem:442428
E | t_rat | ORGANISM | rats | ncbitaxon:10116
E | t_path | PATHWAY | Wnt/β-catenin pathway | kegg.pathway:map04310
# s1
E | a_nar | COMPOUND | Naringin | pubchem:442428
E | a_df | ORGANISM | Drynaria fortunei
E | a_gf | ORGANISM | grapefruit
E | a_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
R | TREATS | a_nar | a_pmo
# aim
E | b_nar | COMPOUND | naringin | pubchem:442428
E | b_ovx | ORGANISM | ovariectomized (OVX) rats | ncbitaxon:10116
R | TI | b_nar | b_ovx
# groups
E | c_sd | ORGANISM | Sprague-Dawley rats | ncbitaxon:10116
E | c_ev | COMPOUND | estradiol valerate
E | c_e2 | COMPOUND | E2
E | c_c1 | CONCENTRATION | 0.1 mg/kg/day | - | 0.1 mg/kg/d
E | c_nar | COMPOUND | naringin | pubchem:442428
E | c_c2 | CONCENTRATION | 50, 100 or 200 mg/kg/day | - | 50,100,200 mg/kg/d
R | TI | c_ev | c_sd
R | TI | c_nar | c_sd
R | CONC | c_ev | c_c1
R | CONC | c_nar | c_c2
# gavage duration (no compound in sentence)
E | d_d | DURATION | 12 weeks
# bone
E | e_nar | COMPOUND | Naringin | pubchem:442428
E | e_c | CONCENTRATION | 100 and 200 mg/kg/day | - | 100,200 mg/kg/d
E | e_ovx | ORGANISM | OVX rats | ncbitaxon:10116
R | CONC | e_nar | e_c
# serum
E | f_ocn | GENE | osteocalcin | hgnc:BGLAP
E | f_pinpl | GENE | procollagen type I N-terminal propeptide
E | f_pinp | GENE | PINP
E | f_nar | COMPOUND | naringin | pubchem:442428
E | f_rat | ORGANISM | rats | ncbitaxon:10116
E | f_ctxl | GENE | C-terminal telopeptide of type I collagen
E | f_ctx | GENE | CTX-I
R | UP | f_nar | f_ocn
R | UP | f_nar | f_pinpl
R | DOWN | f_nar | f_ctxl
R | TI | f_nar | f_rat
# femur
E | g_nar | COMPOUND | naringin | pubchem:442428
E | g_bcat | GENE | β-catenin | hgnc:CTNNB1
E | g_lrpl | GENE | low-density lipoprotein receptor-related protein 5 | hgnc:LRP5
E | g_lrp | GENE | LRP5 | hgnc:LRP5
E | g_r | GENE | Runx2 | hgnc:RUNX2
E | g_dkkl | GENE | Dickkopf-1 | hgnc:DKK1
E | g_dkk | GENE | DKK1 | hgnc:DKK1
R | UP | g_nar | g_bcat
R | UP | g_nar | g_lrpl
R | UP | g_nar | g_r
R | DOWN | g_nar | g_dkkl
# uterus (negated)
E | h_e2 | COMPOUND | estradiol | pubchem:5757
E | h_nar | COMPOUND | naringin | pubchem:442428
# osteoblasts
E | i_ob | CELL_TYPE | osteoblasts
E | i_c | CONCENTRATION | 10 μg/mL | - | 10 ug/mL
E | i_nar | COMPOUND | naringin | pubchem:442428
E | i_wnt | GENE | Wnt
E | i_xav | COMPOUND | XAV939
R | CONC | i_nar | i_c
R | UP | i_nar | i_ob
R | DOWN | i_xav | i_wnt
# conclusion
E | j_nar | COMPOUND | Naringin | pubchem:442428
E | j_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
R | TREATS | j_nar | j_pmo
