# Fit gstat's fit.variogram (weights N/h^2, fit.method = 7) to the lags and starting model that
# Lode's automatic variogram used; writes the fitted nugget, sill and range next to the input.
# Usage: Rscript scripts/gstat/fitDefault.R IN.json OUT.json
suppressMessages({ library(gstat); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
inp <- fromJSON(args[1])
p <- inp$points
v <- data.frame(np = as.numeric(p$np), dist = p$dist, gamma = p$gamma, dir.hor = 0, dir.ver = 0, id = factor("var1"))
class(v) <- c("gstatVariogram", "data.frame")
s <- inp$start
m0 <- vgm(psill = s$sill, model = "Sph", range = s$range, nugget = s$nugget)
m <- fit.variogram(v, m0, fit.method = 7)
out <- list(nugget = m$psill[1], sill = m$psill[2], range = m$range[2],
            singular = attr(m, "singular"), SSErr = attr(m, "SSErr"),
            gstat = as.character(packageVersion("gstat")), R = R.version.string)
write(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), args[2])
