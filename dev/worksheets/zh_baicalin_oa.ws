# title (抑制凋亡 = UP of the cell; IL-1β 诱导 is a model stimulus, GENE)
E | t_bai | COMPOUND | 黄芩苷 | pubchem:64982
E | t_il1b_l | GENE | 白细胞介素-1β | hgnc:IL1B
E | t_chon | CELL_TYPE | 软骨细胞
R | UP | t_bai | t_chon
# 目的
E | a_bai | COMPOUND | 黄芩苷 | pubchem:64982
E | a_baien | COMPOUND | baicalin | pubchem:64982
E | a_il1b_l | GENE | 白细胞介素-1β | hgnc:IL1B
E | a_il1b | GENE | IL-1β | hgnc:IL1B
E | a_chon | CELL_TYPE | 软骨细胞
E | a_path | PATHWAY | 磷脂酰肌醇 3-激酶（PI3K）/蛋白激酶 B（Akt）信号通路 | kegg.pathway:map04151
R | TI | a_bai | a_chon
# 方法 1 (source animal)
E | b_sd | ORGANISM | SD 大鼠 | ncbitaxon:10116
E | b_chon | CELL_TYPE | 软骨细胞
# 方法 2 (IL-1β concentration noted, no compound; 24 h belongs to IL-1β)
E | c_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | c_il1b | GENE | IL-1β | hgnc:IL1B
E | c_chon | CELL_TYPE | 软骨细胞
E | c_d | DURATION | 24 h
E | c_oa_l | DISEASE | 骨关节炎 | mesh:D010003
E | c_oa | DISEASE | OA | mesh:D010003
E | c_c2 | CONCENTRATION | 12.5、25、50 μg/mL | - | 12.5,25,50 ug/mL
E | c_bai | COMPOUND | 黄芩苷 | pubchem:64982
R | CONC | c_bai | c_c2
R | TI | c_bai | c_chon
# 方法 3 (assay reagents; measurements)
E | d_cck | COMPOUND | CCK-8
E | d_hoe | COMPOUND | Hoechst 33258
E | d_bcl2_l | GENE | B 淋巴细胞瘤-2 | hgnc:BCL2
E | d_bcl2 | GENE | Bcl-2 | hgnc:BCL2
E | d_bax_l | GENE | Bcl-2 相关 X 蛋白 | hgnc:BAX
E | d_bax | GENE | Bax | hgnc:BAX
E | d_casp_l | GENE | 半胱氨酸天冬氨酸蛋白酶-3 | hgnc:CASP3
E | d_casp | GENE | caspase-3 | hgnc:CASP3
E | d_mmp_l | GENE | 基质金属蛋白酶-13 | hgnc:MMP13
E | d_mmp | GENE | MMP-13 | hgnc:MMP13
E | d_pakt | GENE | p-Akt
# 结果 1 (ends at ；)
E | e_bai | COMPOUND | 黄芩苷 | pubchem:64982
E | e_il1b | GENE | IL-1β | hgnc:IL1B
E | e_chon | CELL_TYPE | 软骨细胞
E | e_bcl2 | GENE | Bcl-2 | hgnc:BCL2
E | e_bax | GENE | Bax | hgnc:BAX
E | e_casp | GENE | caspase-3 | hgnc:CASP3
E | e_mmp | GENE | MMP-13 | hgnc:MMP13
E | e_akt | GENE | Akt
R | UP | e_bai | e_chon
R | UP | e_bai | e_bcl2
R | DOWN | e_bai | e_bax
R | DOWN | e_bai | e_casp
R | DOWN | e_bai | e_mmp
R | UP | e_bai | e_akt
# 结果 2 (inhibitor reverses the compound's effect: only inhibitor -> target)
E | f_bai | COMPOUND | 黄芩苷 | pubchem:64982
E | f_pi3k | GENE | PI3K
E | f_ly | COMPOUND | LY294002
E | f_c | CONCENTRATION | 20 μmol/L | - | 20 umol/L
R | DOWN | f_ly | f_pi3k
R | CONC | f_ly | f_c
# 结果 3 negated
E | g_bai | COMPOUND | 黄芩苷 | pubchem:64982
E | g_chon | CELL_TYPE | 软骨细胞
E | g_col2_l | GENE | Ⅱ型胶原
E | g_col2 | GENE | Col Ⅱ
# 结论 (调节 neutral)
E | h_bai | COMPOUND | 黄芩苷 | pubchem:64982
E | h_path | PATHWAY | PI3K/Akt 信号通路 | kegg.pathway:map04151
E | h_il1b | GENE | IL-1β | hgnc:IL1B
E | h_chon | CELL_TYPE | 软骨细胞
E | h_oa | DISEASE | 骨关节炎 | mesh:D010003
R | UP | h_bai | h_chon
R | TREATS | h_bai | h_oa
