# s0 title (collagen-induced arthritis: a named disease model, one DISEASE span (abbreviated CIA); bone erosion: a process; no giving word: no TI)
E | t_tp | COMPOUND | Triptolide | -
E | t_cia | DISEASE | collagen-induced arthritis | -
E | t_mice | ORGANISM | DBA/1 mice | -
E | t_fls | CELL_TYPE | fibroblast-like synoviocytes | -
R | TREATS | t_tp | t_cia
R | DOWN | t_tp | t_fls
# s1 Background (cytokines generic; MMPs a named family; cartilage damage / bone erosion processes)
E | a_ral | DISEASE | rheumatoid arthritis | -
E | a_ra | DISEASE | RA | -
E | a_flsl | CELL_TYPE | fibroblast-like synoviocytes | -
E | a_fls | CELL_TYPE | FLS | -
E | a_mmpsl | GENE | matrix metalloproteinases | -
E | a_mmps | GENE | MMPs | -
E | a_syn | DISEASE | synovitis | -
# s2 (diterpenoid triepoxide / immunosuppressant: descriptors; authority "Hook. f." outside the span)
E | b_tp | COMPOUND | Triptolide | -
E | b_TP | COMPOUND | TP | -
E | b_tw | ORGANISM | Tripterygium wilfordii | -
# s3 Purpose (study aim on RA FLS -> TI; "effects of TP on CIA" is an aim, no TREATS; RA names the disease as modifier)
E | c_TP | COMPOUND | TP | -
E | c_cial | DISEASE | collagen-induced arthritis | -
E | c_cia | DISEASE | CIA | -
E | c_ra | DISEASE | RA | -
E | c_fls | CELL_TYPE | FLS | -
R | TI | c_TP | c_fls
# s4 (immunization antigen: protein GENE; bovine species modifier)
E | d_mice | ORGANISM | DBA/1 mice | -
E | d_col2 | GENE | type II collagen | -
# s5 ("they": the treated system not named in the sentence -> no TI; 3 weeks shared by both arms; day 28 time point)
E | e_TP | COMPOUND | TP | -
E | e_c1 | CONCENTRATION | 8, 16 or 32 μg kg-1 day-1 | - | 8,16,32 ug/kg/d
E | e_mtxl | COMPOUND | methotrexate | -
E | e_mtx | COMPOUND | MTX | -
E | e_c2 | CONCENTRATION | 0.5 mg kg-1 day-1 | - | 0.5 mg/kg/d
E | e_d | DURATION | 3 weeks | -
R | CONC | e_TP | e_c1
R | DUR | e_TP | e_d
R | CONC | e_mtxl | e_c2
R | DUR | e_mtxl | e_d
# s6 (Arthritis named inside "Arthritis score"; cytokines generic)
E | f_arth | DISEASE | Arthritis | -
# s7 (stimulated with protein TNF-α: GENE, amount unlinked; treated with TP -> TI)
E | g_ra | DISEASE | RA | -
E | g_fls | CELL_TYPE | FLS | -
E | g_tnf | GENE | TNF-α | -
E | g_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | g_TP | COMPOUND | TP | -
E | g_c2 | CONCENTRATION | 2.5, 5 and 10 nM | - | 2.5,5,10 nmol/L
R | TI | g_TP | g_fls
R | CONC | g_TP | g_c2
# s8 (reduced arthritis score = alleviated arthritis -> TREATS; synovial hyperplasia, pannus, cartilage destruction: pathology/processes; the 8 dose: nearest preceding TP)
E | h_TP | COMPOUND | TP | -
E | h_c1 | CONCENTRATION | 16 and 32 μg kg-1 day-1 | - | 16,32 ug/kg/d
E | h_arth | DISEASE | arthritis | -
E | h_cia | DISEASE | CIA | -
E | h_tnf | GENE | TNF-α | -
E | h_il6 | GENE | IL-6 | -
E | h_il1b | GENE | IL-1β | -
E | h_c2 | CONCENTRATION | 8 μg kg-1 day-1 | - | 8 ug/kg/d
R | CONC | h_TP | h_c1
R | TREATS | h_TP | h_arth
R | DOWN | h_TP | h_tnf
R | DOWN | h_TP | h_il6
R | DOWN | h_TP | h_il1b
R | CONC | h_TP | h_c2
# s9 (no agent in the sentence: no relation; ratio: no relation)
E | i_trap | GENE | TRAP | -
E | i_oc | CELL_TYPE | osteoclasts | -
E | i_rankl | GENE | RANKL | -
E | i_opg | GENE | OPG | -
# s10 negated (antibody: collagen II named inside; IgG an immunoglobulin class)
E | j_col2 | GENE | collagen II | -
E | j_igg | GENE | IgG | -
# s11 ("In FLS" result, no giving word: no TI; TNF-α-induced: modifier; reduced migration/invasion of FLS -> DOWN cell; inhibitor -> named target; viability clause negated, concentration of TP kept)
E | k_fls | CELL_TYPE | FLS | -
E | k_TP | COMPOUND | TP | -
E | k_tnf | GENE | TNF-α | -
E | k_il6 | GENE | IL-6 | -
E | k_il8 | GENE | IL-8 | -
E | k_mmp1 | GENE | MMP-1 | -
E | k_mmp3 | GENE | MMP-3 | -
E | k_ikb | GENE | IκBα | -
E | k_p65 | GENE | p65 | -
E | k_nfkb | GENE | NF-κB | -
E | k_bay | COMPOUND | BAY 11-7082 | -
E | k_c1 | CONCENTRATION | 5 μM | - | 5 umol/L
E | k_c2 | CONCENTRATION | 10 nM | - | 10 nmol/L
R | DOWN | k_TP | k_il6
R | DOWN | k_TP | k_il8
R | DOWN | k_TP | k_mmp1
R | DOWN | k_TP | k_mmp3
R | DOWN | k_TP | k_fls
R | DOWN | k_TP | k_ikb
R | DOWN | k_TP | k_p65
R | DOWN | k_bay | k_nfkb
R | CONC | k_bay | k_c1
R | CONC | k_TP | k_c2
# s12 Conclusion (relieves inflammation and bone erosion in CIA -> TREATS; suppressing activation of FLS -> DOWN; NF-κB-dependent: neutral)
E | l_TP | COMPOUND | TP | -
E | l_cia | DISEASE | CIA | -
E | l_nfkb | GENE | NF-κB | -
E | l_fls | CELL_TYPE | FLS | -
R | TREATS | l_TP | l_cia
R | DOWN | l_TP | l_fls
