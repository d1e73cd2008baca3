# s0 title (promote X to differentiate into osteoblast: link X = MC3T3-E1 only; "through the axis" = via, no relation)
E | t_fmn | COMPOUND | Formononetin | -
E | t_ob | CELL_TYPE | osteoblast | -
E | t_mc | CELL_LINE | MC3T3‑E1 | -
E | t_axis | PATHWAY | BMP-2/Smad/Runx2 axis | -
R | UP | t_fmn | t_mc
# s1 Background (O-methylated isoflavone: appositive descriptor; "how it acts on": neutral/unclear)
E | a_fmn | COMPOUND | Formononetin | -
E | a_FMN | COMPOUND | FMN | -
E | a_am | ORGANISM | Astragalus membranaceus | -
E | a_rc | ORGANISM | red clover | -
E | a_op | CELL_TYPE | osteoprogenitors | -
# s2 Purpose (whether-question: no UP; study aim names the systems -> TI, as in the dev aims "effects on osteoclast differentiation of RAW264.7")
E | b_FMN | COMPOUND | FMN | -
E | b_ob | CELL_TYPE | osteoblast | -
E | b_mc | CELL_LINE | MC3T3‑E1 | -
E | b_pre | CELL_TYPE | preosteoblasts | -
E | b_bmp | PATHWAY | bone morphogenetic protein 2 (BMP-2) signaling | -
R | TI | b_FMN | b_mc
R | TI | b_FMN | b_pre
# s3 Methods (exposed to)
E | c_mc | CELL_LINE | MC3T3‑E1 | -
E | c_FMN | COMPOUND | FMN | -
E | c_c | CONCENTRATION | 0.1, 1 and 10 μM | - | 0.1,1,10 umol/L
E | c_d | DURATION | 21 days | -
R | TI | c_FMN | c_mc
R | CONC | c_FMN | c_c
R | DUR | c_FMN | c_d
# s4 assays (reagents: COMPOUND, never TI; day 7 / day 21 time points)
E | d_cck | COMPOUND | CCK-8 | -
E | d_alpl | GENE | alkaline phosphatase | -
E | d_alp | GENE | ALP | -
E | d_ars | COMPOUND | Alizarin Red S | -
# s5 measurements
E | e_runx2 | GENE | Runx2 | -
E | e_osxl | GENE | osterix | -
E | e_osx | GENE | Osx | -
E | e_ocnl | GENE | osteocalcin | -
E | e_ocn | GENE | OCN | -
E | e_bmp2 | GENE | BMP-2 | -
E | e_smad | GENE | Smad1/5/9 | -
# s6 inhibitors (inhibitor -> named target = DOWN; noggin is a protein reagent GENE, its amount unlinked; "the pathway" anaphora; no system)
E | f_bmpr | GENE | BMP type I receptor | -
E | f_ldn | COMPOUND | LDN-193189 | -
E | f_c1 | CONCENTRATION | 100 nM | - | 100 nmol/L
E | f_nog | GENE | noggin | -
E | f_c2 | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
R | DOWN | f_ldn | f_bmpr
R | CONC | f_ldn | f_c1
# s7 (effect denied; concentration kept)
E | g_FMN | COMPOUND | FMN | -
E | g_c | CONCENTRATION | 10 μM | - | 10 umol/L
R | CONC | g_FMN | g_c
# s8 (fold changes / percentages not concentrations)
E | h_FMN | COMPOUND | FMN | -
E | h_c | CONCENTRATION | 1 and 10 μM | - | 1,10 umol/L
E | h_alp | GENE | ALP | -
R | CONC | h_FMN | h_c
R | UP | h_FMN | h_alp
# s9 (Smad2/3 unchanged: no relation)
E | i_FMN | COMPOUND | FMN | -
E | i_bmp2 | GENE | BMP-2 | -
E | i_runx2 | GENE | Runx2 | -
E | i_osx | GENE | Osx | -
E | i_ocn | GENE | OCN | -
E | i_smad | GENE | Smad1/5/9 | -
E | i_smad23 | GENE | Smad2/3 | -
R | UP | i_FMN | i_bmp2
R | UP | i_FMN | i_runx2
R | UP | i_FMN | i_osx
R | UP | i_FMN | i_ocn
R | UP | i_FMN | i_smad
# s10 (FMN-induced activation asserted, as dev "梓醇诱导的 Runx2"; inhibitor suppresses the induced named genes -> DOWN; ALP returned to control -> DOWN; "noggin had a similar effect": no explicit object)
E | j_ldn | COMPOUND | LDN-193189 | -
E | j_FMN | COMPOUND | FMN | -
E | j_smad | GENE | Smad1/5/9 | -
E | j_runx2 | GENE | Runx2 | -
E | j_alp | GENE | ALP | -
E | j_nog | GENE | noggin | -
R | UP | j_FMN | j_smad
R | UP | j_FMN | j_runx2
R | DOWN | j_ldn | j_smad
R | DOWN | j_ldn | j_runx2
R | DOWN | j_ldn | j_alp
# s11 Conclusion (drives differentiation of MC3T3-E1: UP X only; induction of Runx2 by FMN; BMP-2/Smad-dependent: neutral; anabolic agent for osteoporosis: hedged TREATS)
E | k_FMN | COMPOUND | FMN | -
E | k_ob | CELL_TYPE | osteoblast | -
E | k_mc | CELL_LINE | MC3T3‑E1 | -
E | k_path | PATHWAY | BMP-2/Smad | -
E | k_runx2 | GENE | Runx2 | -
E | k_FMN2 | COMPOUND | FMN | -
E | k_op | DISEASE | osteoporosis | -
R | UP | k_FMN | k_mc
R | UP | k_FMN | k_runx2
R | TREATS | k_FMN2 | k_op
