# title (protects cells = UP of the cell line; glucose-induced apoptosis: modifier, no relation)
E | t_as | COMPOUND | Astragaloside IV
E | t_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | t_glc | COMPOUND | glucose | pubchem:5793
E | t_path | PATHWAY | PERK/eIF2α/CHOP pathway
R | UP | t_as | t_mc
R | DOWN | t_as | t_path
# S1
E | a_dm | DISEASE | Diabetes mellitus | mesh:D003920
E | a_fx | DISEASE | fracture
# S2 (saponin: appositive descriptor; plant source)
E | b_as | COMPOUND | Astragaloside IV
E | b_asiv | COMPOUND | AS-IV
E | b_am | ORGANISM | Astragalus membranaceus
# S3 aim (dysfunction induced by glucose: a process, no relation for glucose)
E | c_as | COMPOUND | AS-IV
E | c_ob | CELL_TYPE | osteoblast
E | c_glc | COMPOUND | glucose | pubchem:5793
R | TI | c_as | c_ob
# S4 (pretreated / exposed to; mannitol clause names no system)
E | d_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | d_as | COMPOUND | AS-IV
E | d_c1 | CONCENTRATION | 25, 50 and 100 μg/mL | - | 25,50,100 ug/mL
E | d_d1 | DURATION | 2 h
E | d_glc | COMPOUND | glucose | pubchem:5793
E | d_hg | COMPOUND | HG | pubchem:5793
E | d_c2 | CONCENTRATION | 33 mmol/L | - | 33 mmol/L
E | d_d2 | DURATION | 72 h
E | d_man | COMPOUND | mannitol | pubchem:6251
E | d_c3 | CONCENTRATION | 27.5 mmol/L | - | 27.5 mmol/L
R | TI | d_as | d_mc
R | CONC | d_as | d_c1
R | DUR | d_as | d_d1
R | TI | d_glc | d_mc
R | CONC | d_glc | d_c2
R | DUR | d_glc | d_d2
R | CONC | d_man | d_c3
# S5 (cell viability of generic cells: no relation)
E | e_hg | COMPOUND | HG | pubchem:5793
E | e_alp | GENE | ALP
R | DOWN | e_hg | e_alp
# S6 (restored = UP; ratio: no relation)
E | f_as | COMPOUND | AS-IV
E | f_c | CONCENTRATION | 50 and 100 μg/mL | - | 50,100 ug/mL
E | f_alp | GENE | ALP
E | f_hg | COMPOUND | HG | pubchem:5793
E | f_casp | GENE | caspase-3 | hgnc:CASP3
E | f_bcl2 | GENE | Bcl-2 | hgnc:BCL2
E | f_bax | GENE | Bax | hgnc:BAX
R | CONC | f_as | f_c
R | UP | f_as | f_alp
R | DOWN | f_as | f_casp
# S7 (ER = endoplasmic reticulum, not annotated; "all of which were reversed by AS-IV")
E | g_hg | COMPOUND | HG | pubchem:5793
E | g_grp_l | GENE | glucose-regulated protein 78 | hgnc:HSPA5
E | g_grp | GENE | GRP78 | hgnc:HSPA5
E | g_perk | GENE | PERK | hgnc:EIF2AK3
E | g_eif | GENE | eIF2α | hgnc:EIF2S1
E | g_chop_l | GENE | C/EBP homologous protein | hgnc:DDIT3
E | g_chop | GENE | CHOP | hgnc:DDIT3
E | g_as | COMPOUND | AS-IV
R | UP | g_hg | g_grp_l
R | UP | g_hg | g_perk
R | UP | g_hg | g_eif
R | UP | g_hg | g_chop_l
R | DOWN | g_as | g_grp_l
R | DOWN | g_as | g_perk
R | DOWN | g_as | g_eif
R | DOWN | g_as | g_chop_l
# S8 (inducer / inhibitor of a process, not of a named gene)
E | h_tun | COMPOUND | tunicamycin
E | h_c1 | CONCENTRATION | 2 μg/mL | - | 2 ug/mL
E | h_as | COMPOUND | AS-IV
E | h_pba_l | COMPOUND | 4-phenylbutyric acid
E | h_pba | COMPOUND | 4-PBA
E | h_c2 | CONCENTRATION | 5 mmol/L | - | 5 mmol/L
R | CONC | h_tun | h_c1
R | CONC | h_pba_l | h_c2
# S9 negated
E | i_man | COMPOUND | Mannitol | pubchem:6251
# S10
E | j_as | COMPOUND | AS-IV
E | j_ob | CELL_TYPE | osteoblasts
E | j_hg | COMPOUND | HG | pubchem:5793
E | j_dop | DISEASE | diabetic osteoporosis
R | UP | j_as | j_ob
R | TREATS | j_as | j_dop
